//@ reference: builtin.inherent.std-only
//@ compile-fail: E0599
#![no_std]
#![no_main]
fn root(x: f64) -> f64 {
    x.sqrt() //~ E0599
}
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    loop {}
}
