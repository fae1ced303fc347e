//@ reference: expand.cfg-attr.order
//@ reference: expand.derive.expansion
//@ run-pass
// `cfg` inside the item is expanded before `derive` sees it, even when written after the `derive`.
#[derive(Debug)]
#[cfg_attr(all(), derive(Clone))]
struct Point {
    x: i32,
    #[cfg(any())]
    hidden: NotDebug,
}
#[cfg(any())]
struct NotDebug;
fn main() {
    let p = Point { x: 1 }.clone();
    assert_eq!(format!("{p:?}"), "Point { x: 1 }");
}
