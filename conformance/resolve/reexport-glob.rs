//@ reference: resolve.visibility.reexport.glob
//@ compile-fail: E0603
mod a {
    mod m {
        pub(super) fn f() {}
        pub fn g() {}
    }
    pub use self::m::*; // accepted: `f` keeps the visibility `pub(in a)`
}
fn main() {
    a::g();
    a::f(); //~ E0603
}
