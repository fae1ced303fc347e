//@ reference: typeck.bounds.solve
//@ compile-fail: E0277
fn needs_copy<T: Copy>(_: T) {}
fn main() {
    needs_copy(String::new()); //~ E0277
}
