//@ reference: expand.cfg.compiler-set.windows
//@ check-pass
const _: () = assert!(cfg!(windows) == cfg!(target_family = "windows"));
fn main() {}
