//@ reference: expand.derive.helpers
//@ run-pass
// `#[default]` is a helper attribute of the built-in `Default` derive, used on a variant.
#[derive(Default, Debug, PartialEq)]
enum Mode {
    Fast,
    #[default]
    Safe,
}
fn main() {
    assert_eq!(Mode::default(), Mode::Safe);
    let _ = Mode::Fast;
}
