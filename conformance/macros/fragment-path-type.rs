//@ reference: macro.fragment.path
//@ check-pass
// `path` matches a path in type form: generic arguments need no `::`.
macro_rules! make {
    ($p:path) => { <$p>::new() };
}
fn main() {
    let _v: Vec<u8> = make!(Vec<u8>);
    let _s: String = make!(std::string::String);
}
