//@ reference: lex.punct.split
//@ reference: lex.input.maximal-munch
//@ check-pass
fn main() {
    let v: Vec<Vec<u8>> = Vec::new(); // `>>` split by the grammar
    let mut x = 8;
    x >>= 1; // one token `>>=`
    assert!(v.is_empty() && x == 4);
}
