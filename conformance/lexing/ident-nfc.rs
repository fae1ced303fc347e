//@ reference: lex.ident.nfc
//@ run-pass
// The binding is written with U+00C5 (precomposed); the use with "A" + U+030A (decomposed).
// Both normalize to the same NFC form, so they are the same identifier.
fn main() {
    let Å = 5;
    #[allow(non_snake_case)]
    let y = Å;
    assert_eq!(y, 5);
}
