//@ reference: unsafeck.attr.list
//@ check-pass
#[unsafe(no_mangle)]
pub extern "C" fn exported_symbol_ok() {}
#[unsafe(export_name = "renamed_symbol_ok")]
pub extern "C" fn renamed() {}
fn main() {}
