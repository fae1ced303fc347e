//@ reference: resolve.use.block
//@ compile-fail: E0425
mod m { pub fn f() {} }
fn main() {
    { use m::f; f(); }
    f(); //~ E0425
}
