//@ reference: abi.fn-pointer.call
//@ reference: abi.fn-pointer.compatible-types
//@ run-pass
// Calls through pointer types whose signatures differ only by ABI-compatible types.
#[repr(transparent)]
struct Wrapper(u32);
fn take_ref(x: &u32) -> u32 { *x }
fn take_char(c: char) -> u32 { c as u32 }
fn take_wrapper(w: Wrapper) -> u32 { w.0 }
fn main() {
    let v = 7u32;
    let p: fn(*const u32) -> u32 = unsafe { std::mem::transmute(take_ref as fn(&u32) -> u32) };
    assert_eq!(p(&v), 7);
    let q: fn(u32) -> u32 = unsafe { std::mem::transmute(take_char as fn(char) -> u32) };
    assert_eq!(q(65), 65);
    let r: fn(u32) -> u32 = unsafe { std::mem::transmute(take_wrapper as fn(Wrapper) -> u32) };
    assert_eq!(r(9), 9);
}
