//@ reference: resolve.prelude.extern.no_std
//@ compile-flags: -C panic=abort
//@ compile-fail: E0433
#![no_std]
#![no_main]
#[panic_handler]
fn on_panic(_: &core::panic::PanicInfo) -> ! { loop {} }
pub fn f() {
    std::mem::drop(1); //~ E0433
}
