//@ reference: expand.cfg-attr.cfg_attr
//@ compile-flags: --cfg wanted
//@ run-pass
#[cfg_attr(wanted, derive(Debug, PartialEq))]
struct P(u8);
fn main() {
    assert_eq!(P(1), P(1));
}
