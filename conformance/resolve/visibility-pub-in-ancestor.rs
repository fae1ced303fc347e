//@ reference: resolve.visibility.pub-in-ancestor
//@ compile-fail: E0742
mod b {}
mod a {
    pub(in crate::b) fn f() {} //~ E0742
}
fn main() {}
