//@ reference: core.panic.handler
//@ compile-fail
//@ error: `#[panic_handler]` function required, but not found
//@ compile-flags: -C panic=abort
#![no_std]
#![no_main]
