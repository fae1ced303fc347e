//@ reference: memory.immutable
//@ compile-fail: E0080
// The bytes of an immutable `static` are immutable: constant evaluation rejects a write to them.
static ANSWER: u8 = 42;
static mut COPY: u8 = 0;
const WRITE: () = unsafe {
    let p = &raw const ANSWER as *mut u8;
    *p = 1; //~ E0080
};
fn main() {
    let _ = WRITE;
    let _ = unsafe { COPY };
}
