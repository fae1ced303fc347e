//@ reference: typeck.coerce.intro
//@ reference: typeck.coerce.sites
//@ reference: typeck.coerce.sites.list
//@ reference: typeck.coerce.propagate
//@ reference: typeck.coerce.propagate.list
//@ reference: typeck.coerce.kinds.intro
//@ reference: typeck.coerce.kinds
//@ reference: typeck.coerce.unsize
//@ run-pass
use std::fmt::Debug;
struct S { f: &'static [u8] }
fn takes(s: &[i32]) -> usize { s.len() }
fn ret() -> Box<dyn Debug> { Box::new(1) }
fn main() {
    let a: &[i32] = &[1, 2, 3]; // let with annotation
    let n = takes(&[1, 2]); // function argument
    let s = S { f: &[1, 2, 3] }; // struct field
    let arr: [&dyn Debug; 2] = [&1, &"x"]; // propagated into array elements
    let tuple: (&[u8], &str) = (&[1], "y"); // propagated into tuple fields
    let mut m = [1, 2];
    let weak: &[i32] = &mut m; // unsize plus `&mut` to `&`
    let p: *const i32 = &5; // reference to raw pointer
    let f: fn() -> Box<dyn Debug> = ret; // function item to pointer
    let c: fn(i32) -> i32 = |x| x + 1; // non-capturing closure to pointer
    let b = Box::new(String::from("s"));
    let d: &str = &b; // deref coercion: `&Box<String>` to `&str`
    assert_eq!((a.len(), n, s.f.len(), arr.len(), tuple.0.len(), weak.len(), unsafe { *p }, c(1), d), (3, 2, 3, 2, 1, 2, 5, 2, "s"));
    let _ = f;
}
