//@ reference: mir.place.def
//@ check-pass
// Evaluating the place `(*p).1` reads only the pointer `p`, never the uninitialised memory it points to;
// constant evaluation, which rejects reads of uninitialised bytes, accepts it.
use std::mem::MaybeUninit;
const OFFSET: usize = {
    let u = MaybeUninit::<(u8, u32)>::uninit();
    let p = u.as_ptr();
    let field = unsafe { &raw const (*p).1 };
    unsafe { field.cast::<u8>().offset_from(p.cast::<u8>()) as usize }
};
fn main() {
    assert!(OFFSET < 8);
}
