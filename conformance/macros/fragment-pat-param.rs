//@ reference: macro.fragment.pat_param
//@ run-pass
// `pat_param` matches a pattern without top-level alternatives: `1 | 2` leaves `| 2` to the rest of the matcher.
macro_rules! first {
    ($p:pat_param | $($rest:tt)*) => { stringify!($p) };
}
fn main() {
    assert_eq!(first!(1 | 2), "1");
    assert_eq!(first!((1 | 2) | 3), "(1 | 2)");
}
