//@ reference: pat.exhaustive.empty
//@ reference: pat.exhaustive.empty.no-arms
//@ run-pass
use std::convert::Infallible;
enum Void {}
fn unwrap(r: Result<u32, Infallible>) -> u32 {
    let Ok(v) = r;
    match r {
        Ok(w) => assert_eq!(v, w),
    }
    v
}
fn absurd(v: Void) -> ! {
    match v {}
}
fn main() {
    assert_eq!(unwrap(Ok(3)), 3);
    let _ = absurd as fn(Void) -> !;
}
