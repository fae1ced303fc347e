//@ reference: resolve.path.global
//@ compile-fail: E0433
mod m { pub fn f() {} }
fn main() {
    ::m::f(); //~ E0433
}
