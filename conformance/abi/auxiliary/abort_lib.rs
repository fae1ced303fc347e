//@ compile-flags: -C panic=abort
// A library built with the `abort` panic strategy (for abi.crate-type.rust-deps).
pub fn answer() -> u8 {
    42
}
