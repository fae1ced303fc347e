//@ reference: resolve.use.block
//@ reference: resolve.use.rename
//@ reference: resolve.use.self-group
//@ reference: resolve.use.underscore-many
//@ reference: resolve.use.underscore-any
//@ reference: resolve.use.variants
//@ reference: resolve.use.local-item-first
//@ reference: resolve.use.reexport-reach
//@ reference: resolve.use.extern-crate-self
//@ check-pass
extern crate self as me;
mod std {
    pub fn f() -> u8 { 7 }
}
use std::f; // this crate's module `std`, not the standard library
mod shapes {
    pub fn area() -> u8 { 1 }
    pub struct Square;
}
use shapes::{self as geometry, area as surface};
mod a { pub trait T { fn t(&self) -> u8 { 1 } } impl T for u8 {} }
mod b { pub trait T { fn u(&self) -> u8 { 2 } } impl T for u8 {} }
use a::T as _;
use b::T as _; // no conflict: neither introduces a name
use shapes::Square as _; // not a trait: no effect
enum Dir { North, South }
use Dir::North;
mod outer {
    mod hidden { pub fn reached() -> u8 { 3 } }
    pub use self::hidden::reached;
}
fn main() {
    {
        use shapes::area;
        let _ = area();
    }
    let _ = (f(), surface(), geometry::area(), 1u8.t() + 1u8.u(), outer::reached(), me::shapes::area());
    let _ = (North, Dir::South);
}
