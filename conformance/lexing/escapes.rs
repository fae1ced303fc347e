//@ reference: lex.literal.escapes
//@ reference: lex.literal.escapes.newline-tab
//@ reference: lex.literal.escapes.backslash-nul
//@ reference: lex.literal.escapes.quotes
//@ reference: lex.literal.escapes.hex
//@ reference: lex.literal.escapes.unicode
//@ reference: lex.literal.escapes.line-continuation
//@ run-pass
fn main() {
    assert_eq!("\n\r\t\\\0\'\"", "\u{a}\u{d}\u{9}\u{5c}\u{0}\u{27}\u{22}");
    assert_eq!(b'\xff', 255);
    assert_eq!('\x7f', '\u{7F}');
    assert_eq!('\u{10FFFF}' as u32, 0x10FFFF);
    assert_eq!("a\
               b", "ab");
    assert_eq!(b"a\
               b", b"ab");
}
