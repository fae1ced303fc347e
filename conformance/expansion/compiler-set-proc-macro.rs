//@ reference: expand.cfg.compiler-set.proc_macro
//@ compile-flags: --crate-type proc-macro
//@ check-pass
// A crate of type `proc-macro` has `proc_macro` set (the default `bin` crate of other tests does not).
const _: () = assert!(cfg!(proc_macro));
