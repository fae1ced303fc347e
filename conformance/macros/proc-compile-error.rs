//@ reference: macro.procedural.errors.compile-error
//@ aux-build: auxiliary/spec_proc.rs
//@ compile-fail
//@ error: refused by the macro
// A procedural macro reports an error by returning an invocation of `compile_error!`.
fn main() {
    spec_proc::refuse!();
}
