//@ reference: expand.cfg.predicate.any
//@ compile-flags: --cfg spec_flag --cfg spec_key="v" --cfg spec_key="w"
//@ check-pass
// `any(...)` is true exactly when at least one predicate is; `any()` is false.
const _: () = assert!(!cfg!(any()));
const _: () = assert!(cfg!(any(spec_unset, spec_flag)));
const _: () = assert!(!cfg!(any(spec_unset, spec_key = "x")));
fn main() {}
