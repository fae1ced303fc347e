//@ reference: pat.bind.default.edition2024
//@ edition: 2021
//@ run-pass
fn main() {
    let x = &Some(1);
    if let Some(mut y) = x { // `mut` resets the mode to move: `y: i32`
        y += 1;
        assert_eq!(y, 2);
    }
    let pair = &(&1, 2);
    let (&a, b) = pair;
    let _: (i32, &i32) = (a, b);
}
