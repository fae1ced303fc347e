//@ reference: resolve.visibility.tuple-ctor
//@ compile-fail: E0603
mod m {
    pub struct S(u8);
}
fn main() {
    let _s = m::S(1); //~ E0603
}
