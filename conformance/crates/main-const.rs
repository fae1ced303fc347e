//@ reference: crate.main-fn.signature.const
//@ check-pass
const fn main() {}
