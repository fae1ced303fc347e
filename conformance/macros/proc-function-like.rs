//@ reference: macro.procedural.function-like
//@ aux-build: auxiliary/spec_proc.rs
//@ run-pass
// A function-like macro is called with the tokens inside the delimiters, and its output replaces the invocation.
fn main() {
    assert_eq!(spec_proc::quote_input!(a + (b * 2)), "a + (b * 2)");
    assert_eq!(spec_proc::quote_input![x], "x");
    assert_eq!(spec_proc::quote_input! {}, "");
}
