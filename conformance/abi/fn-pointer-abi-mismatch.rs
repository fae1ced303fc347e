//@ reference: abi.fn-pointer.coerce
//@ compile-fail: E0308
// The ABI strings must be identical for a function item to coerce.
extern "C" fn c_fn() {}
fn main() {
    let _p: fn() = c_fn; //~ E0308
}
