//@ reference: abi.symbol.used
//@ compile-fail
//@ error: attribute cannot be used on functions
#[used]
fn f() {}
fn main() {
    f();
}
