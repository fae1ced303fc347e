//@ reference: macro.procedural.attribute
//@ aux-build: auxiliary/spec_proc.rs
//@ compile-fail: E0425
// The item an attribute macro is applied to is replaced: `original` no longer exists.
#[spec_proc::replace_with(first)]
fn original() -> u8 {
    1
}
fn main() {
    let _ = first();
    let _ = original(); //~ E0425
}
