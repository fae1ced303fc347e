//@ reference: borrowck.intro
//@ reference: borrowck.static
//@ reference: borrowck.move.intro
//@ reference: borrowck.move.uninit
//@ reference: borrowck.move.partial
//@ reference: borrowck.move.reinit
//@ check-pass
struct Pair { a: String, b: String }
fn main() {
    let n = 5;
    let m = n; // `i32` is `Copy`: `n` stays usable
    let s = String::from("x");
    let t = s; // moved: `s` is uninitialized now
    let mut s2;
    s2 = t; // assigning the whole place initializes it
    s2.push('y');
    let p = Pair { a: String::from("a"), b: String::from("b") };
    let a = p.a; // partial move
    let b = &p.b; // the other field is still usable
    assert_eq!((n + m, s2.as_str(), a.as_str(), b.as_str()), (10, "xy", "a", "b"));
}
