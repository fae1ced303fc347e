//@ reference: abi.symbol.link_section
//@ run-pass
// An item placed in a named section (ELF targets) is still an ordinary item.
#[cfg_attr(target_os = "linux", unsafe(link_section = ".data.spec2"))]
static PLACED: u32 = 11;
fn main() {
    assert_eq!(PLACED, 11);
}
