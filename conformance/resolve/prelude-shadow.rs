//@ reference: resolve.prelude.order
//@ run-pass
struct Vec; // an item of the module shadows the prelude's `Vec`
#[allow(non_camel_case_types)]
struct u8(i32); // and one shadows even the language prelude's `u8`
fn main() {
    let _v = Vec;
    let x = u8(-1);
    assert_eq!(x.0, -1);
    let y: std::primitive::u8 = 255;
    assert_eq!(y, 255);
}
