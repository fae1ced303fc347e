//@ reference: resolve.visibility.in-path
//@ compile-fail: E0742
mod a {
    pub mod c {}
    pub(in crate::a::c) fn f() {} //~ E0742
}
fn main() {}
