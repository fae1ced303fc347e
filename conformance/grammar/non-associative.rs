//@ reference: grammar.expressions.non-associative
//@ compile-fail
//@ error: comparison operators cannot be chained
fn main() {
    let (a, b, c) = (1, 2, 3);
    let _ = a < b < c;
}
