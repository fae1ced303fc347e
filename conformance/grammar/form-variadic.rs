//@ reference: grammar.items.accepted-forms.variadic
//@ compile-fail
//@ error: `...` must be the last argument of a C-variadic function
unsafe extern "C" {
    fn f(..., x: u8);
}
fn main() {}
