//@ reference: grammar.paths.turbofish
//@ compile-fail
//@ error: comparison operators cannot be chained
fn main() {
    let _ = Vec<u8>::new();
}
