//@ reference: resolve.path.keywords-first
//@ compile-fail: E0433
mod a { pub fn f() {} }
fn main() {
    a::crate::a::f(); //~ E0433
}
