//@ reference: expand.cfg-attr.positions
//@ run-pass
// `cfg` on fields, variants, match arms, statements, parameters, struct expression fields and elements.
struct S {
    a: u8,
    #[cfg(any())]
    b: u8,
}
enum E {
    A,
    #[cfg(any())]
    B,
}
fn f(#[cfg(any())] _x: u8, y: u8) -> u8 { y }
fn main() {
    let s = S { a: 1, #[cfg(any())] b: 2 };
    let e = E::A;
    let n = match e {
        E::A => 1,
        #[cfg(any())]
        E::B => 2,
    };
    #[cfg(any())]
    let n = 100;
    let v = [1, #[cfg(any())] 2, 3];
    let t = (1, #[cfg(any())] 2);
    assert_eq!((s.a, n, v.len(), t.0, f(7)), (1, 1, 2, 1, 7));
}
