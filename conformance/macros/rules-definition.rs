//@ reference: macro.rules.definition
//@ run-pass
// Rules separated by `;`, matchers and transcribers with any delimiters; a parenthesised definition ends in `;`.
macro_rules! pick (
    [a] => ( 1 );
    {b} => [ 2 ];
    (c) => { 3 }
);
fn main() {
    assert_eq!(pick!(a) + pick!(b) + pick!(c), 6);
}
