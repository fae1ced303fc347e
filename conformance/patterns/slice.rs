//@ reference: pat.slice.intro
//@ reference: pat.slice.array
//@ reference: pat.slice.exact
//@ reference: pat.slice.rest
//@ reference: pat.slice.refutable
//@ run-pass
fn kind(s: &[u8]) -> &'static str {
    match s {
        [] => "empty",
        [_] => "one",
        [a, .., b] if a == b => "same ends",
        [_, _, ..] => "many",
    }
}
fn main() {
    let [a, b, c] = [1, 2, 3];
    let [x, ..] = [4, 5, 6];
    let [.., y, z] = [7, 8, 9];
    assert_eq!((a + b + c, x, y, z), (6, 4, 8, 9));
    assert_eq!([kind(&[]), kind(&[1]), kind(&[2, 3, 2]), kind(&[1, 2])], ["empty", "one", "same ends", "many"]);
    let v: &[i32] = &[1, 2, 3];
    let [..] = v;
}
