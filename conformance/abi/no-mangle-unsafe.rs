//@ reference: abi.symbol.no_mangle.edition2024
//@ compile-fail
//@ error: unsafe attribute used without unsafe
#[no_mangle]
pub extern "C" fn exported() {}
fn main() {}
