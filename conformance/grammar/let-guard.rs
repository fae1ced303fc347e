//@ reference: grammar.expressions.let-chain.guard
//@ run-pass
fn main() {
    let v: Option<&str> = Some("7");
    let r = match v {
        Some(s) if let Ok(n) = s.parse::<i32>() && n > 5 => n,
        _ => 0,
    };
    assert_eq!(r, 7);
}
