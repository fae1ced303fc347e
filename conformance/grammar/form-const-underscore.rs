//@ reference: grammar.items.accepted-forms.const-underscore
//@ compile-fail
//@ error: `const` items in this context need a name
trait T { const _: u8; }
fn main() {}
