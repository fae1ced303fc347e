//@ reference: grammar.items.accepted-forms.safe-outside-extern
//@ compile-fail
//@ error: items outside of `unsafe extern { }` cannot be declared with `safe` safety qualifier
safe fn f() {}
fn main() {}
