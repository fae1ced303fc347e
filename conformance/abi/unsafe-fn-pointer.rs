//@ reference: abi.fn-pointer.type
//@ compile-fail: E0133
unsafe extern "C" fn danger() {}
fn main() {
    let p: unsafe extern "C" fn() = danger;
    p(); //~ E0133
}
