//@ reference: macro.procedural.hygiene
//@ aux-build: auxiliary/spec_proc.rs
//@ run-pass
// A binding whose tokens have the call-site span is visible to the invocation's surroundings.
fn main() {
    spec_proc::let_call_site!();
    assert_eq!(visible, 1);
}
