//@ reference: borrowck.raw.no-loan
//@ check-pass
// A raw borrow is checked where it is taken, but creates no loan that lasts: later uses of the
// place do not conflict with the pointer.
fn main() {
    let mut x = 5;
    let p = &raw mut x;
    x += 1;
    let r = &x;
    unsafe { *p += 1 };
    let _ = r;
    assert_eq!(x, 7);
}
