//@ reference: lex.keyword.weak
//@ run-pass
// Weak keywords are ordinary identifiers outside their special positions.
#[allow(unused)]
fn main() {
    let union = 1;
    let raw = 2;
    let safe = 3;
    let macro_rules = 4;
    let x = 5;
    let p = &raw const x;
    assert_eq!(union + raw + safe + macro_rules + unsafe { *p }, 15);
}
