//@ reference: grammar.patterns.syntax
//@ reference: grammar.patterns.rest-tuple
//@ run-pass
fn main() {
    let (..) = (1, 2, 3);
    let [first, rest @ ..] = [1, 2, 3];
    assert_eq!((first, rest), (1, [2, 3]));
}
