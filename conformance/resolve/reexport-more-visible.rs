//@ reference: resolve.visibility.reexport
//@ compile-fail: E0364
mod m {
    pub(crate) fn f() {}
}
pub use m::f; //~ E0364
fn main() {}
