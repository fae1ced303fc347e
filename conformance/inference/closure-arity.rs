//@ reference: infer.closure.expected-arity
//@ compile-fail: E0593
fn apply<F: Fn(u8) -> u8>(f: F) -> u8 { f(1) }
fn main() {
    apply(|a, b| a); //~ E0593
}
