//@ reference: lex.ident.ascii
//@ compile-fail
//@ error: items in `extern` blocks cannot use non-ascii identifiers
unsafe extern "C" {
    fn größe();
}
fn main() {}
