//@ reference: abi.crate-type.rust-deps
//@ aux-build: auxiliary/abort_lib.rs
//@ compile-fail
//@ error: incompatible with this crate's strategy of `unwind`
// A program built with the `unwind` panic strategy cannot link a Rust crate built with `abort`.
fn main() {
    assert_eq!(abort_lib::answer(), 42);
}
