//@ reference: expand.attributes.test
//@ check-pass
// Without `--test`, a `#[test]` function is removed before its body is checked.
#[test]
fn broken() {
    let _x: u8 = "not checked";
}
fn main() {}
