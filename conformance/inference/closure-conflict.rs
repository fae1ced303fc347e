//@ reference: infer.closure.expected-conflict
//@ compile-fail: E0631
fn apply<F: Fn(&str) -> usize>(f: F) -> usize { f("x") }
fn main() {
    apply(|s: String| s.len()); //~ E0631
}
