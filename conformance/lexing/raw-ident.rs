//@ reference: lex.ident.raw
//@ check-pass
fn r#match(r#fn: u8) -> u8 {
    r#fn
}
fn main() {
    let r#loop = r#match(2);
    assert!(r#loop == 2);
}
