//@ reference: crate.main-fn.signature.track-caller
//@ compile-fail
//@ error: `main` function is not allowed to be `#[track_caller]`
#[track_caller]
fn main() {}
