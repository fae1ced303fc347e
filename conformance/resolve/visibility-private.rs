//@ reference: resolve.visibility.default
//@ reference: resolve.visibility.access
//@ compile-fail: E0603
mod m {
    fn hidden() {}
}
fn main() {
    m::hidden(); //~ E0603
}
