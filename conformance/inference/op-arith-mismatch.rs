//@ reference: infer.op.arith.mismatch
//@ compile-fail: E0308 E0277
fn main() {
    let _a = 1u8 + 1u16; //~ E0308
}
