//@ reference: expand.cfg-attr.cfg_attr
//@ run-pass
// Several attributes in order, none at all, and a `cfg` produced by `cfg_attr`.
#[cfg_attr(all(), derive(Clone), derive(Debug))]
#[cfg_attr(all(),)]
struct P(u8);
#[cfg_attr(all(), cfg(any()))]
fn removed() -> u8 { "never checked" }
fn main() {
    assert_eq!(format!("{:?}", P(3).clone()), "P(3)");
}
