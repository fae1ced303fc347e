//@ reference: opaque.intro
//@ reference: opaque.allowed.positions
//@ reference: opaque.arg.param
//@ reference: opaque.ret.intro
//@ reference: opaque.ret.hidden
//@ reference: opaque.ret.bounds
//@ reference: opaque.ret.generic
//@ reference: opaque.ret.async
//@ reference: opaque.capture.intro
//@ reference: opaque.capture.default
//@ reference: opaque.capture.use
//@ reference: opaque.capture.edition2024
//@ reference: opaque.leak.auto
//@ run-pass
use std::fmt::Debug;
fn total(items: impl IntoIterator<Item = u32>, extra: impl Into<u32>) -> u32 {
    items.into_iter().sum::<u32>() + extra.into()
}
fn evens(limit: u32) -> impl Iterator<Item = u32> + Clone {
    (0..limit).filter(|n| n % 2 == 0)
}
fn first<'a>(s: &'a str) -> impl Debug + use<'a> { s.split(' ').next() }
fn static_only<'a>(_s: &'a str) -> impl Debug + use<> { 5 }
async fn answer() -> u8 { 42 }
fn is_send<T: Send>(_: &T) {}
fn main() {
    let e = evens(7);
    is_send(&e); // `Send` leaks from the hidden type
    let dropped_borrow = { let s = String::from("a b"); static_only(&s) };
    assert_eq!((total(vec![1, 2], 3u8), e.clone().count(), format!("{:?}", first("x y")), format!("{dropped_borrow:?}")), (6, 4, "Some(\"x\")".to_string(), "5".to_string()));
    let _fut = answer();
}
