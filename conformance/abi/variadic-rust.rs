//@ reference: abi.variadic
//@ compile-fail: E0045
unsafe extern "Rust" {
    fn f(x: i32, ...); //~ E0045
}
fn main() {}
