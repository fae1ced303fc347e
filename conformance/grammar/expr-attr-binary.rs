//@ reference: grammar.expressions.attributes
//@ compile-fail: E0658
// An outer attribute before a binary operator expression is rejected, even as a statement.
fn main() {
    #[allow(unused)] 1 + 2; //~ E0658
}
