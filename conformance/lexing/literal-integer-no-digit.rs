//@ reference: lex.literal.integer
//@ compile-fail: E0768
fn main() {
    let _ = 0x_; //~ E0768
}
