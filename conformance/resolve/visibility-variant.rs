//@ reference: resolve.visibility.variants
//@ compile-fail: E0449
enum E {
    pub A, //~ E0449
}
fn main() {}
