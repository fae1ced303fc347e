//@ reference: mir.term.goto
//@ reference: mir.term.switch-int
//@ run-pass
// A branch on an integer, `bool` or `char` value takes the arm paired with the value, or the fallback.
fn classify(c: char) -> u8 {
    match c {
        'a' => 1,
        'b' => 2,
        _ => 0,
    }
}
fn main() {
    let n = std::hint::black_box(7u32);
    let by_int = match n { 1 => "one", 7 => "seven", _ => "other" };
    let by_bool = if std::hint::black_box(false) { 1 } else { 2 };
    assert_eq!((by_int, by_bool, classify('b'), classify('z')), ("seven", 2, 2, 0));
}
