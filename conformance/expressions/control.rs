//@ reference: expr.block-expr
//@ reference: expr.if-expr
//@ reference: expr.match-expr
//@ reference: expr.loop-expr
//@ reference: expr.loop-expr.for
//@ reference: expr.closure-expr
//@ reference: expr.try-expr
//@ run-pass
fn parse(s: &str) -> Result<i32, std::num::ParseIntError> {
    let n: i32 = s.parse()?;
    Ok(n * 2)
}
fn first_even(v: &[i32]) -> Option<i32> {
    let x = v.iter().find(|x| *x % 2 == 0)?;
    Some(*x)
}
fn main() {
    let b = { let a = 1; a + 1 };
    let labeled = 'blk: { if b == 2 { break 'blk 10; } 0 };
    let unit: () = if false { };
    let m = match b { 1 => "one", _ => "other" };
    let mut i = 0;
    let found = loop { i += 1; if i == 3 { break i * 10; } };
    while i > 0 { i -= 1; }
    let mut sum = 0;
    for (k, v) in [10, 20].iter().enumerate() { sum += k as i32 * v; }
    let s = String::from("cap");
    let by_ref = || s.len();
    let l1 = by_ref();
    let by_move = move || s.len();
    assert_eq!((b, labeled, unit, m, found, sum, l1 + by_move()), (2, 10, (), "other", 30, 20, 6));
    assert!(parse("x").is_err());
    assert_eq!((parse("4").unwrap(), first_even(&[1, 4]), first_even(&[1])), (8, Some(4), None));
}
