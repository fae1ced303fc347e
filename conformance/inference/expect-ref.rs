//@ reference: infer.expect.ref
//@ error: literal out of range for `u8`
//@ compile-fail
fn main() {
    let _s: &[u8] = &[1, 300];
}
