//@ reference: abi.symbol.export_name
//@ run-pass
// `export_name` sets the symbol; `link_name` in a declaration refers to it.
#[unsafe(export_name = "spec2.exported")]
extern "C" fn local_name() -> u8 { 3 }
unsafe extern "C" {
    #[link_name = "spec2.exported"]
    safe fn via_symbol() -> u8;
}
fn main() {
    assert_eq!(via_symbol(), 3);
    let _ = local_name;
}
