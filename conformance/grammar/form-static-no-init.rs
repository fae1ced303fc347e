//@ reference: grammar.items.accepted-forms.static-init
//@ compile-fail
//@ error: free static item without body
static S: u8;
fn main() {}
