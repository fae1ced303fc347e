//@ reference: unsafeck.intro
//@ reference: unsafeck.ops.intro
//@ reference: unsafeck.operations
//@ reference: unsafeck.operations.raw-deref
//@ reference: unsafeck.operations.static-mut
//@ reference: unsafeck.operations.union-read
//@ reference: unsafeck.operations.unsafe-call
//@ reference: unsafeck.context
//@ reference: unsafeck.block.intro
//@ reference: unsafeck.fn.intro
//@ reference: unsafeck.fn.body
//@ reference: unsafeck.fn.edition2024
//@ run-pass
static mut COUNTER: u32 = 0;
union U { i: u32, f: f32 }
unsafe fn bump() -> u32 {
    unsafe {
        COUNTER += 1;
        COUNTER
    }
}
fn main() {
    let x = 5;
    let p = &raw const x;
    let v = unsafe { *p }; // dereferencing a raw pointer
    let n = unsafe { bump() }; // calling an unsafe function
    let u = U { f: 1.0 };
    let bits = unsafe { u.i }; // reading a union field
    let value: u32 = unsafe { if true { 7 } else { 0 } }; // the block has its body's type and value
    assert_eq!((v, n, bits, value), (5, 1, 0x3F80_0000, 7));
}
