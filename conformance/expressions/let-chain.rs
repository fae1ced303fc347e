//@ reference: expr.if-expr.let
//@ reference: expr.if-expr.let.chain
//@ reference: expr.if-expr.let.chain.short-circuit
//@ reference: expr.if-expr.let.chain.scope
//@ run-pass
//@ stdout: 3
//@ stdout: done
fn main() {
    let pair = (Some(1), Some(2));
    if let (Some(a), _) = pair && let Some(b) = pair.1 && a < b {
        println!("{}", a + b);
    }
    let mut calls = 0;
    let mut check = |v| {
        calls += 1;
        v
    };
    if let Some(_) = None::<i32> && check(true) {
        unreachable!();
    }
    assert_eq!(calls, 0);
    let mut it = [1, 2].into_iter();
    while let Some(x) = it.next() && x < 2 {}
    println!("done");
}
