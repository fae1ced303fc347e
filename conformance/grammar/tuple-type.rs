//@ reference: grammar.types.syntax
//@ reference: grammar.types.tuple
//@ run-pass
fn main() {
    let one: (u8,) = (1,);
    let grouped: (u8) = 2; // a parenthesized type, not a tuple
    let unit: () = ();
    assert_eq!((one.0, grouped, unit), (1, 2, ()));
}
