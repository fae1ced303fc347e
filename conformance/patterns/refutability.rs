//@ reference: pat.refutability.def
//@ reference: pat.refutability.allowed
//@ run-pass
struct P { x: i32, y: i32 }
fn main() {
    let (a, _) = (1, 2);
    let P { x, y } = P { x: 3, y: 4 };
    let opt = Some(5);
    let n = match opt { Some(v) => v, None => 0 };
    if let Some(v) = opt && v > 1 {}
    while let Some(_) = None::<i32> {}
    let Some(w) = opt else { return };
    assert_eq!(a + x + y + n + w, 18);
}
