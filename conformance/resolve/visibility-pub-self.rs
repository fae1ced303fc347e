//@ reference: resolve.visibility.pub-self
//@ compile-fail: E0603
mod m { pub(self) fn f() {} }
fn main() {
    m::f(); //~ E0603
}
