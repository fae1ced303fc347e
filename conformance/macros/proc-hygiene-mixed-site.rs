//@ reference: macro.procedural.hygiene
//@ aux-build: auxiliary/spec_proc.rs
//@ compile-fail: E0425
// A local binding whose tokens have the mixed-site span is not visible to the invocation's surroundings.
fn main() {
    spec_proc::let_mixed_site!();
    let _ = hidden; //~ E0425
}
