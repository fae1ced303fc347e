//@ reference: expand.attributes.test
//@ compile-flags: --test
//@ compile-fail: E0308
// With `--test`, the `#[test]` function is kept and checked.
#[test]
fn broken() {
    let _x: u8 = "checked"; //~ E0308
}
