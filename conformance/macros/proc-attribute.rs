//@ reference: macro.procedural.attribute.invocation
//@ reference: macro.procedural.attribute
//@ aux-build: auxiliary/spec_proc.rs
//@ run-pass
// An attribute macro receives its arguments and the item without the attribute, and the item is replaced by
// what it returns; here on a function, an associated function, and with no arguments.
#[spec_proc::replace_with(first)]
fn original() -> u8 {
    1
}
struct S;
impl S {
    #[spec_proc::replace_with(second)]
    fn method() {}
}
#[spec_proc::replace_with]
const C: u8 = 3;
fn main() {
    assert_eq!(first(), "fn original() -> u8 { 1 }");
    assert_eq!(S::second(), "fn method() {}");
    assert_eq!(replaced(), "const C: u8 = 3;");
}
