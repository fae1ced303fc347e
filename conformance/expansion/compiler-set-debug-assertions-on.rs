//@ reference: expand.cfg.compiler-set.debug_assertions
//@ compile-flags: -C opt-level=2 -C debug-assertions=on
//@ check-pass
// Enabling debug assertions sets the option, even with optimizations.
const _: () = assert!(cfg!(debug_assertions));
fn main() {}
