//@ reference: grammar.items.accepted-forms
//@ reference: grammar.items.accepted-forms.unsafe-module
//@ compile-fail
//@ error: module cannot be declared unsafe
unsafe mod m {}
fn main() {}
