//@ reference: unsafeck.attr.list
//@ reference: unsafeck.operations.unsafe-attr
//@ reference: unsafeck.attr.edition2024
//@ compile-fail
//@ error: unsafe attribute used without unsafe
#[no_mangle]
pub extern "C" fn exported() {}
fn main() {}
