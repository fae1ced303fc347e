//@ reference: grammar.items.extern-unsafe
//@ compile-fail
//@ error: extern blocks must be unsafe
extern "C" {
    fn f();
}
fn main() {}
