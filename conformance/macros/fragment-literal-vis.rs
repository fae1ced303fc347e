//@ reference: macro.fragment.literal
//@ reference: macro.fragment.vis
//@ check-pass
// `literal` matches a literal preceded by `-`, `vis` may match nothing.
macro_rules! lit_vis {
    ($l:literal, $v:vis struct) => { $l };
}
fn main() {
    let x = lit_vis!(-1, struct);
    assert!(x == -1);
}
