//@ reference: expand.cfg.compiler-set.target_feature
//@ compile-flags: -C target-feature=+crt-static
//@ check-pass
// Linking the C runtime statically sets `target_feature = "crt-static"`.
const _: () = assert!(cfg!(target_feature = "crt-static"));
fn main() {}
