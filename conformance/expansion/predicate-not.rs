//@ reference: expand.cfg.predicate.not
//@ compile-flags: --cfg spec_flag --cfg spec_key="v" --cfg spec_key="w"
//@ check-pass
// `not(p)` is true exactly when `p` is false.
const _: () = assert!(cfg!(not(spec_unset)));
const _: () = assert!(!cfg!(not(spec_flag)));
fn main() {}
