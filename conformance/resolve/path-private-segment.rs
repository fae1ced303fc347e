//@ reference: resolve.path.private-segment
//@ compile-fail: E0603
mod m {
    mod inner { pub fn f() {} }
}
fn main() {
    m::inner::f(); //~ E0603
}
