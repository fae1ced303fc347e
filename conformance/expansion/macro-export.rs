//@ reference: expand.attributes.macro-related
//@ run-pass
// `macro_export` puts a `macro_rules!` macro at the crate root's path; `path` chooses a module file (not shown here).
mod inner {
    #[macro_export]
    macro_rules! exported { () => { 5 } }
}
fn main() {
    assert_eq!(crate::exported!(), 5);
}
