//@ reference: resolve.use.forms.self
//@ compile-fail: E0423
// `use a::b::{self}` imports the module `b` in the type namespace only: not the function `b`.
mod a {
    pub mod b { pub fn inner() {} }
    #[allow(dead_code)]
    pub fn b() {}
}
use a::b::{self};
fn main() {
    b::inner();
    b(); //~ E0423
}
