//@ reference: lex.delim
//@ compile-fail
//@ error: mismatched closing delimiter
fn main() {
    let v = (1, 2];
}
