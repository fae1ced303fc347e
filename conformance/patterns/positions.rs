//@ reference: pat.intro
//@ reference: pat.intro.positions
//@ reference: pat.intro.type
//@ reference: pat.intro.nesting
//@ reference: pat.kind
//@ run-pass
struct P { x: i32, y: (i32, [u8; 2]) }
fn param((a, b): (i32, i32)) -> i32 { a + b }
fn main() {
    let (a, b) = (1, 2);
    let f = |(x, y): (i32, i32)| x * y;
    let P { x, y: (_, [first, ..]) } = P { x: 3, y: (4, [5, 6]) };
    let total = match Some((a, b)) {
        Some((1, z)) => z,
        _ => 0,
    };
    let mut n = 0;
    if let Some(v) = Some(2) { n += v; }
    let mut stack = vec![1];
    while let Some(top) = stack.pop() { n += top; }
    for (i, c) in "ab".chars().enumerate() { n += i as i32 + c as i32; }
    let Some(q) = Some(1) else { return };
    assert_eq!(param((a, b)) + f((2, 3)) + x + first as i32 + total + n + q, 3 + 6 + 3 + 5 + 2 + (2 + 1 + 97 + 99) + 1);
}
