//@ reference: expand.cfg.predicate.all
//@ compile-flags: --cfg spec_flag --cfg spec_key="v" --cfg spec_key="w"
//@ check-pass
// `all(...)` is true exactly when every predicate is; `all()` is true.
const _: () = assert!(cfg!(all()));
const _: () = assert!(cfg!(all(spec_flag, spec_key = "v")));
const _: () = assert!(!cfg!(all(spec_flag, spec_unset)));
fn main() {}
