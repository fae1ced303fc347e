//@ reference: grammar.items.accepted-forms.variadic
//@ compile-fail: E0658
// Outside an extern block, a `...` parameter is not accepted by stable rustc.
fn f(x: u8, ...) {} //~ E0658
fn main() {}
