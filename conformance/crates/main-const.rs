//@ reference: crate.main-fn.signature
//@ check-pass
const fn main() {}
