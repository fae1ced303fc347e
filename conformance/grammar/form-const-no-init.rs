//@ reference: grammar.items.accepted-forms.const-no-init
//@ compile-fail
//@ error: free constant item without body
const N: u8;
trait T { const OK: u8; } // allowed in a trait
fn main() {}
