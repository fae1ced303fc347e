//@ reference: lex.ident.ascii
//@ compile-fail: E0754
#[unsafe(no_mangle)]
pub fn größe() {} //~ E0754
fn main() {}
