//@ reference: macro.procedural.function-like.invocation
//@ aux-build: auxiliary/spec_proc.rs
//@ run-pass
// A function-like procedural macro is invoked as `name!(...)`, here in item, statement and expression position.
spec_proc::make_fn!();
fn main() {
    spec_proc::let_call_site!();
    let text: &str = spec_proc::quote_input!(1);
    assert_eq!(generated() + visible, 8);
    assert_eq!(text, "1");
}
