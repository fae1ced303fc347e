//@ reference: pat.literal.intro
//@ compile-fail
//@ error: cannot use unsized non-slice type `CStr` in constant patterns
fn main() {
    assert!(matches!(c"c", c"c"));
}
