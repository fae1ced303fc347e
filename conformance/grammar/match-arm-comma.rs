//@ reference: grammar.expressions.control.syntax
//@ reference: grammar.expressions.match-arm-comma
//@ run-pass
fn main() {
    let r = match 1 {
        0 => { "zero" }
        _ => { "other" }
    };
    assert_eq!(r, "other");
}
