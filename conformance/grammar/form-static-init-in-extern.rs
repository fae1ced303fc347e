//@ reference: grammar.items.accepted-forms.static-init
//@ compile-fail
//@ error: incorrect `static` inside `extern` block
unsafe extern "C" {
    static S: u8 = 1;
}
fn main() {}
