//@ reference: macro.fragment.stmt
//@ check-pass
// `stmt` matches a statement without its `;`, but an item that needs a `;` (a unit struct) keeps it.
macro_rules! one {
    ($s:stmt) => { $s };
}
macro_rules! then_semi {
    ($s:stmt ; $e:expr) => {{ $s; $e }};
}
fn main() {
    one!(struct Unit;);
    let _u = Unit;
    assert_eq!(then_semi!(let x = 2; x + 1), 3);
}
