//@ reference: grammar.items.accepted-forms.fn-body-in-extern
//@ compile-fail
//@ error: incorrect function inside `extern` block
unsafe extern "C" {
    fn f() {}
}
fn main() {}
