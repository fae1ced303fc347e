//@ reference: lex.ident.syntax
//@ run-pass
fn main() {
    let _private = 1;
    let größe = 2; // XID_Start and XID_Continue characters
    let 名前 = 3;
    let a1_b2 = 4;
    assert_eq!(_private + größe + 名前 + a1_b2, 10);
}
