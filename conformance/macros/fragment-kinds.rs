//@ reference: macro.fragment.block
//@ reference: macro.fragment.expr
//@ reference: macro.fragment.expr_2021
//@ reference: macro.fragment.ident
//@ reference: macro.fragment.item
//@ reference: macro.fragment.lifetime
//@ reference: macro.fragment.literal
//@ reference: macro.fragment.meta
//@ reference: macro.fragment.pat
//@ reference: macro.fragment.pat_param
//@ reference: macro.fragment.path
//@ reference: macro.fragment.stmt
//@ reference: macro.fragment.tt
//@ reference: macro.fragment.ty
//@ reference: macro.fragment.vis
//@ check-pass
// Each fragment specifier accepts a fragment of its kind.
macro_rules! all {
    ($b:block $e:expr ; $e2:expr_2021 ; $i:ident $it:item $l:lifetime $lit:literal $m:meta ; $p:pat , $pp:pat_param , $pa:path ; $s:stmt ; $t:tt $ty:ty ; $v:vis ,) => {};
}
all!({ 1 } 1 + 2 ; x.y ; r#fn struct S; 'a -3 derive(Debug) ; Some(_) | None , (a, b) , std::vec::Vec::<u8> ; let x = 1 ; [ any tokens ] &'static str ; pub(crate) ,);
fn main() {}
