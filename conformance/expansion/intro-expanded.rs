//@ reference: expand.intro
//@ check-pass
// Later phases see only the expanded crate: the type error under a false `cfg` is never checked.
#[cfg(any())]
fn removed() -> u8 { "not a u8" }
macro_rules! make { () => { fn made() -> u8 { 1 } } }
make!();
fn main() { let _ = made(); }
