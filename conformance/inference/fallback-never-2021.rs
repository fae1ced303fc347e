//@ reference: infer.fallback.edition2024
//@ edition: 2021
//@ check-pass
// Before 2024 the same variable fell back to `()`, which implements `Default` (a lint now denies relying on it).
#![allow(dependency_on_unit_never_type_fallback)]
fn make<T: Default>(_: T) {}
fn main() {
    if false {
        make(panic!());
    }
}
