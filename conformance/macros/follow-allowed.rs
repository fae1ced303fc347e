//@ reference: macro.fragment.follow.table
//@ check-pass
// Tokens the table permits after each restricted specifier.
macro_rules! ok {
    ($e:expr => $f:expr_2021 ; $s:stmt , $p:pat_param | $q:pat if $t:ty as $u:path $b:block $v:vis $i:ident) => {};
}
fn main() {}
