//@ reference: mir.term.drop.glue.none
//@ run-pass
use std::mem::needs_drop;
fn main() {
    assert!(!needs_drop::<u32>());
    assert!(!needs_drop::<&String>());
    assert!(!needs_drop::<&mut Vec<u8>>());
    assert!(needs_drop::<String>());
    assert!(needs_drop::<(u8, String)>());
}
