//@ reference: resolve.visibility.trait-def-items
//@ compile-fail: E0449
trait T {
    pub fn f(); //~ E0449
}
fn main() {}
