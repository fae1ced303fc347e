//@ reference: abi.symbol.used
//@ check-pass
#[used]
static KEEP: [u8; 4] = *b"keep";
fn main() {}
