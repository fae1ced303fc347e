//@ reference: expand.cfg.compiler-set.panic
//@ compile-flags: -C panic=abort
//@ check-pass
// `panic` names the panic strategy of the compilation.
const _: () = assert!(cfg!(panic = "abort"));
const _: () = assert!(!cfg!(panic = "unwind"));
fn main() {}
