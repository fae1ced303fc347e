//@ reference: expand.cfg.compiler-set.debug_assertions
//@ compile-flags: -C opt-level=2
//@ check-pass
// With optimizations, debug assertions are off by default.
const _: () = assert!(!cfg!(debug_assertions));
fn main() {}
