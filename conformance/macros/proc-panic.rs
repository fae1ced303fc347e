//@ reference: macro.procedural.errors
//@ aux-build: auxiliary/spec_proc.rs
//@ compile-fail
//@ error: proc macro panicked
// A procedural macro that panics makes its invocation an error.
fn main() {
    spec_proc::boom!();
}
