//@ reference: macro.fragment.lifetime
//@ run-pass
// `lifetime` matches a lifetime token, and not an identifier.
macro_rules! which {
    ($l:lifetime) => { "lifetime" };
    ($t:tt) => { "other" };
}
fn main() {
    assert_eq!(which!('a), "lifetime");
    assert_eq!(which!('static), "lifetime");
    assert_eq!(which!('_), "lifetime");
    assert_eq!(which!(a), "other");
}
