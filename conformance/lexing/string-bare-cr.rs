//@ reference: lex.literal.string
//@ compile-fail
//@ error: bare CR not allowed in string
fn main() {
    let _ = "ab";
}
