//@ reference: expand.cfg.predicate.option
//@ compile-flags: --cfg spec_flag --cfg spec_key="v" --cfg spec_key="w"
//@ check-pass
// A name is true exactly when that option is set.
const _: () = assert!(cfg!(spec_flag));
const _: () = assert!(!cfg!(spec_unset));
fn main() {}
