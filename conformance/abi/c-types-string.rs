//@ reference: abi.extern.c
//@ compile-fail
//@ error: `extern` fn uses type `String`, which is not FFI-safe
// A type whose layout C cannot express is flagged by the lint (denied here).
#![deny(improper_ctypes_definitions)]
pub extern "C" fn takes(_s: String) {}
fn main() {}
