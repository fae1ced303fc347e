//@ reference: alloc.crates.no-std
//@ compile-fail: E0425, E0433
//@ compile-flags: -C panic=abort
#![no_std]
#![no_main]
fn f() -> usize {
    let v: Vec<u8> = Vec::new();
    v.len()
}
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    loop {}
}
