//@ reference: resolve.use.binding
//@ reference: resolve.use.namespaces
//@ reference: resolve.use.forms
//@ reference: resolve.use.forms.simple
//@ reference: resolve.use.forms.as
//@ reference: resolve.use.forms.underscore
//@ reference: resolve.use.forms.group
//@ reference: resolve.use.forms.self
//@ reference: resolve.use.forms.glob
//@ reference: resolve.use.relative
//@ reference: resolve.use.restrictions
//@ reference: resolve.use.edition2018
//@ run-pass
mod shapes {
    pub struct Square(pub u32); // type and value namespace
    pub fn area(s: &Square) -> u32 { s.0 * s.0 }
    pub mod more {
        pub const ONE: u32 = 1;
    }
}
use shapes::Square; // both the struct type and its constructor
use shapes::{area as square_area, more::{self, ONE}};
use std::collections::*;
use self::shapes::more as alias;
use crate as root;
fn main() {
    let s = Square(3);
    let mut m: HashMap<u32, u32> = HashMap::new();
    m.insert(ONE, square_area(&s) + more::ONE + alias::ONE + root::shapes::area(&s));
    {
        use std::fmt::Write as _; // import a trait for its methods only
        let mut out = String::new();
        write!(out, "{}", m[&1]).unwrap();
        assert_eq!(out, "20");
    }
}
