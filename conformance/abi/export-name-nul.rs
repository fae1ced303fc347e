//@ reference: abi.symbol.export_name
//@ compile-fail: E0648
#[unsafe(export_name = "a\0b")] //~ E0648
pub fn f() {}
fn main() {}
