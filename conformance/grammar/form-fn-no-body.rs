//@ reference: grammar.items.accepted-forms.fn-no-body
//@ compile-fail
//@ error: free function without a body
fn f();
trait T { fn ok(); } // allowed in a trait
fn main() {}
