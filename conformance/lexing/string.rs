//@ reference: lex.literal.string
//@ check-pass
fn main() {
    let s: &'static str = "text";
    let _ = s;
}
