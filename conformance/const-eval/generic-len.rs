//@ reference: const-eval.context.generics
//@ compile-fail
//@ error: generic parameters may not be used in const operations
fn f<const N: usize>() -> [u8; N + 1] {
    [0; N + 1]
}
fn main() {}
