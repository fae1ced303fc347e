//@ reference: infer.fallback.never
//@ compile-fail: E0277
// In the 2024 edition the diverging argument's type falls back to `!`, which does not implement `Default`.
fn make<T: Default>(_: T) {}
fn main() {
    if false {
        make(panic!()); //~ E0277
    }
}
