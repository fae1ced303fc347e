//@ reference: lex.literal.float
//@ run-pass
fn main() {
    assert_eq!(1., 1.0);
    assert_eq!(2.5e1, 25.0);
    assert_eq!(3E-1_f64, 0.3);
    assert_eq!(1e2, 100.0);
    let r = 1..2; // `1.` followed by `.`: a range, not a float
    assert_eq!(r.end, 2);
    assert_eq!(1.max(2), 2); // `1.` followed by an identifier: a method call
}
