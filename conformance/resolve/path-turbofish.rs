//@ reference: resolve.path.turbofish
//@ error: comparison operators cannot be chained
//@ compile-fail
fn main() {
    let _ = Vec<u8>::new();
}
