//@ reference: abi.extern-block.safety.safe
//@ reference: unsafeck.operations.extern-static
//@ compile-fail: E0133
// A `safe` foreign static may be read outside an unsafe block, unless it is `mut`.
unsafe extern "C" {
    safe static SHARED: i32;
    safe static mut COUNTER: i32;
}
fn main() {
    let _a = SHARED;
    let _b = COUNTER; //~ E0133
}
