//@ reference: pat.match.guard.let
//@ run-pass
fn parse(s: &str) -> i32 {
    match s {
        text if let Ok(n) = text.parse::<i32>() && n > 0 => n,
        _ => -1,
    }
}
fn main() {
    assert_eq!((parse("4"), parse("-4"), parse("x")), (4, -1, -1));
}
