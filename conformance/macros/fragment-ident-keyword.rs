//@ reference: macro.fragment.ident
//@ run-pass
// `ident` matches identifiers, keywords and raw identifiers.
macro_rules! name {
    ($i:ident) => { stringify!($i) };
}
fn main() {
    assert_eq!(name!(x), "x");
    assert_eq!(name!(fn), "fn");
    assert_eq!(name!(self), "self");
    assert_eq!(name!(r#match), "r#match");
}
