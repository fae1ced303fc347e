//@ reference: expand.attributes.active
//@ run-pass
// `repr` and `inline` are inert: they stay in the expanded crate and take effect later.
#[repr(u8)]
#[allow(dead_code)]
enum Small { A = 7 }
#[inline]
fn one() -> u8 { 1 }
fn main() {
    assert_eq!(std::mem::size_of::<Small>(), 1);
    assert_eq!(Small::A as u8 + one(), 8);
}
