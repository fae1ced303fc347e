//@ reference: pat.range.intro
//@ reference: pat.range.inclusive
//@ reference: pat.range.exclusive
//@ reference: pat.range.from
//@ reference: pat.range.to-inclusive
//@ reference: pat.range.types
//@ reference: pat.range.bound
//@ reference: pat.range.slice-element
//@ run-pass
const TEN: u32 = 10;
fn class(n: u32) -> &'static str {
    match n {
        0..5 => "small",
        5..=TEN => "medium",
        ..=100 => "large",
        101.. => "huge",
    }
}
fn main() {
    assert_eq!([class(4), class(5), class(10), class(11), class(101)], ["small", "medium", "medium", "large", "huge"]);
    assert!(matches!('k', 'a'..='z'));
    assert!(matches!(-5i8, -10..=-1));
    assert!(matches!(0.5f64, 0.0..1.0));
    assert!(matches!([7u8], [(5..)]));
}
