//@ reference: const-eval.eval.errors
//@ reference: const-eval.eval.free
//@ compile-fail: E0080
const _: u8 = 255 + std::hint::black_box(0) * 0 + [1u8][1]; //~ E0080
fn main() {}
