//@ reference: expand.cfg-attr.positions
//@ compile-fail: E0308
// Removing the tail expression leaves a block without its value.
fn one() -> u8 {
    #[cfg(any())]
    { 1 }
} //~^^^ E0308
fn main() { let _ = one(); }
