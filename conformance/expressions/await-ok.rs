//@ reference: expr.await-expr
//@ run-pass
use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};
async fn one() -> u8 { 1 }
async fn two() -> u8 { one().await + one().await }
fn main() {
    let mut fut = pin!(two());
    let mut cx = Context::from_waker(Waker::noop());
    assert_eq!(fut.as_mut().poll(&mut cx), Poll::Ready(2));
}
