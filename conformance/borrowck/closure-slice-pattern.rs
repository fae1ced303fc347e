//@ reference: borrowck.closure.reads.slice
//@ compile-fail: E0506
// A slice pattern reads the length of the slice: `*s` is borrowed while `empty` may be used.
fn main() {
    let mut v = vec![1u8, 2];
    let s: &mut [u8] = &mut v;
    let empty = || matches!(*s, []);
    s[0] = 5; //~ E0506
    empty();
}
