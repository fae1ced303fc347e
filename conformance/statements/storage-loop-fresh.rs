//@ reference: mir.storage
//@ compile-fail: E0080
// Each iteration's `x` gets fresh storage: a pointer kept from the previous iteration points to freed storage.
const READ: u8 = {
    let mut prev: *const u8 = std::ptr::null();
    let mut i = 0;
    let mut out = 0;
    while i < 2 {
        let x = i as u8;
        if i == 1 {
            out = unsafe { *prev }; //~ E0080
        }
        prev = &raw const x;
        i += 1;
    }
    out
};
fn main() {
    let _ = READ;
}
