//@ reference: mir.rvalue
//@ compile-flags: -C overflow-checks=off
//@ run-pass
// With overflow checks off, the wrapped result of an arithmetic operation is used; borrows, raw borrows,
// casts, aggregates, repetition, length and discriminant all compute values.
#[derive(Clone, Copy)]
enum E { A, B(u8) }
fn main() {
    let x = std::hint::black_box(255u8);
    assert_eq!(x + 1, 0);
    let mut y = 1u32;
    let r = &mut y;
    *r += 1;
    let p = &raw const y;
    assert_eq!(unsafe { *p }, 2);
    assert_eq!(-1i8 as u8, 255);
    let a = [E::B(3); 4];
    let s: &[E] = &a;
    assert_eq!(s.len(), 4);
    assert!(std::mem::discriminant(&a[0]) != std::mem::discriminant(&E::A));
}
