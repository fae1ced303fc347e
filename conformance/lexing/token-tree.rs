//@ reference: lex.delim.token-tree
//@ run-pass
macro_rules! trees { ($($t:tt)*) => { [$(stringify!($t)),*].len() } }
fn main() {
    // `(a b)`, `[c]`, `{ d e f }` and `g` are four token trees.
    assert_eq!(trees!((a b) [c] { d e f } g), 4);
}
