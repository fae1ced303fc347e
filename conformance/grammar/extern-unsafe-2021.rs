//@ reference: grammar.items.extern-unsafe.edition2024
//@ edition: 2021
//@ check-pass
extern "C" {
    fn f();
}
fn main() {}
