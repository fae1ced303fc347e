//@ reference: pat.match.effects
//@ reference: pat.match.order
//@ reference: pat.match.scrutinee-once
//@ reference: pat.match.arms
//@ reference: pat.match.select
//@ reference: pat.match.guard
//@ reference: pat.match.guard.retry
//@ reference: pat.match.guard.scope
//@ run-pass
//@ stdout: scrutinee
//@ stdout: guard 1
//@ stdout: guard 2
//@ stdout: second
fn main() {
    let mut guards = 0;
    let mut guard = |n: i32| {
        guards += 1;
        println!("guard {guards}");
        n > 10
    };
    let value = match { println!("scrutinee"); (1, 2) } {
        (x, _) | (_, x) if guard(x) => x,
        (a, b) => {
            println!("second");
            a + b
        }
    };
    assert_eq!(value, 3);
}
