//@ reference: expand.cfg.predicate.key-value
//@ compile-flags: --cfg spec_flag --cfg spec_key="v" --cfg spec_key="w"
//@ check-pass
// `key = "value"` is true exactly when that pair is set; a key may be set with several values, and the value
// may be written as a raw string literal.
const _: () = assert!(cfg!(spec_key = "v"));
const _: () = assert!(cfg!(spec_key = "w"));
const _: () = assert!(cfg!(spec_key = r"v"));
const _: () = assert!(!cfg!(spec_key = "x"));
const _: () = assert!(!cfg!(spec_flag = "v"));
fn main() {}
