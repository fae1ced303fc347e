//@ reference: typeck.coerce.intro
//@ compile-fail: E0308
fn main() {
    let x = Some(&[1, 2, 3]);
    let y: Option<&[i32]> = x; //~ E0308
}
