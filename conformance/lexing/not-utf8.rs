//@ reference: lex.input.utf8
//@ compile-fail
//@ error: stream did not contain valid UTF-8
// The next line holds the byte 0xFF, which is not UTF-8.
fn main() { let _ = "ÿ"; }
