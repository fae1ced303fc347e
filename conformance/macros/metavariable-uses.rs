//@ reference: macro.fragment.metavariable
//@ run-pass
// A metavariable may be transcribed twice, or not at all.
macro_rules! twice_or_none {
    ($a:expr, $unused:expr) => { $a + $a };
}
fn main() {
    assert_eq!(twice_or_none!(4, "ignored"), 8);
}
