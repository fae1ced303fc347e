//@ reference: expand.process.modules
//@ check-pass
// The file of a module removed by `cfg` is never loaded: `absent.rs` does not exist.
#[cfg(any())]
mod absent;
fn main() {}
