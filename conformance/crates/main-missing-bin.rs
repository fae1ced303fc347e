//@ reference: crate.types.list
//@ reference: crate.types.bin
//@ compile-fail: E0601
// The runner compiles as `bin`: the crate must have a `main` function.
pub fn not_main() {}
