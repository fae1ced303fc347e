//@ reference: pat.bind.modes
//@ reference: pat.bind.modes.move
//@ reference: pat.bind.modes.copy
//@ reference: pat.bind.modes.partial
//@ reference: pat.bind.modes.scrutinee-place
//@ run-pass
fn main() {
    let pair = (String::from("a"), 5);
    let (_, n) = pair; // copies the `i32`: `pair` is intact
    let (s, _) = pair; // moves the `String` out: `pair.0` is moved
    assert_eq!((s.as_str(), n, pair.1), ("a", 5, 5));
    let mut owned = (String::from("b"), 1);
    match owned {
        (ref mut text, _) => text.push('!'), // borrows the place `owned.0`
    }
    assert_eq!(owned.0, "b!");
}
