//@ reference: expand.cfg.compiler-set.unix
//@ check-pass
const _: () = assert!(cfg!(unix) == cfg!(target_family = "unix"));
fn main() {}
