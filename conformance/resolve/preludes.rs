//@ reference: resolve.prelude.intro
//@ reference: resolve.prelude.order
//@ reference: resolve.prelude.extern
//@ reference: resolve.prelude.std
//@ reference: resolve.prelude.std.edition2024
//@ reference: resolve.prelude.language
//@ reference: resolve.prelude.macro_use
//@ run-pass
fn main() {
    let v: Vec<u8> = Vec::new(); // `Vec` from the standard library prelude
    let s = std::mem::size_of::<u8>(); // `std` from the extern prelude
    let n: u8 = core::cmp::max(1, 2); // `core` too
    let f = 1.0f32.into_future_like();
    let _: Option<bool> = Some(true); // `bool` from the language prelude
    let c = std::iter::repeat(1).take(2).collect::<Vec<_>>().len();
    assert_eq!((v.len(), s, n, f, c), (0, 1, 2, 1.0, 2));
}
trait IntoFutureLike { fn into_future_like(self) -> f32; }
impl IntoFutureLike for f32 { fn into_future_like(self) -> f32 { self } }
