//@ reference: macro.fragment.follow.others
//@ check-pass
// The other specifiers may be followed by anything.
macro_rules! ok {
    ($i:ident + $l:lifetime * $b:block - $t:tt ~ $m:meta ! $it:item + $li:literal / $x:ident $y:ident) => {};
}
fn main() {}
