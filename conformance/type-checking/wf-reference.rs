//@ reference: typeck.wf.reference
//@ compile-fail
//@ error: lifetime may not live long enough
// `&'static &'a u8` is well-formed only if `'a: 'static`.
fn f<'a>(x: &'a u8) {
    let _: &'static &'a u8 = &&0;
    let _ = x;
}
fn main() {}
