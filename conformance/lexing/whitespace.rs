//@ reference: lex.white-space.chars
//@ reference: lex.white-space.meaning
//@ check-pass
// Tokens separated by tab, vertical tab, form feed, U+0085, U+200E, U+200F, U+2028 and U+2029.
fn	main(){‎let‏x = 1;
 let _ = x; }
