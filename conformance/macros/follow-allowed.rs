//@ reference: macro.fragment.follow.expr
//@ reference: macro.fragment.follow.pat_param
//@ reference: macro.fragment.follow.pat
//@ reference: macro.fragment.follow.type
//@ reference: macro.fragment.follow.vis
//@ reference: macro.fragment.follow.others
//@ check-pass
// Tokens the list permits after each restricted specifier, and after `block` (unrestricted).
macro_rules! ok {
    ($e:expr => $f:expr_2021 ; $s:stmt , $p:pat_param | $q:pat if $t:ty as $u:path $b:block $v:vis $i:ident) => {};
}
fn main() {}
