//@ reference: lex.ident.zero-width
//@ compile-fail
//@ error: unknown start of token
fn main() {
    let ‌b = 1;
}
