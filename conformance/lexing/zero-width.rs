//@ reference: lex.ident.zero-width
//@ check-pass
// U+200D (zero width joiner) after the first character of an identifier is accepted (lint `uncommon_codepoints` only).
fn main() {
    let a‍b = 1;
    let _ = a‍b;
}
