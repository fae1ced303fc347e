//@ reference: grammar.attributes.syntax
//@ reference: grammar.expressions.attributes
//@ check-pass
fn f(_: i32) {}
fn main() {
    let _ = [#[allow(unused)] 1, 2];
    let _ = (#[allow(unused)] 1,);
    f(#[allow(unused)] 3);
}
