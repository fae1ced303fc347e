//@ reference: scope.behavior.undefined.sources
//@ compile-fail
//@ error: unsafe attribute used without unsafe
// `no_mangle` can break symbol uniqueness, so it must be marked `unsafe` (edition 2024).
#[no_mangle]
pub fn exported() {}
fn main() {}
