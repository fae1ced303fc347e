//@ reference: lex.ident.raw
//@ compile-fail
//@ error: `crate` cannot be a raw identifier
fn main() {
    let r#crate = 1;
}
