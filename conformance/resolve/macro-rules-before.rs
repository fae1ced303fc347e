//@ reference: resolve.visibility.macro_rules
//@ compile-fail
//@ error: cannot find macro `later` in this scope
fn main() {
    later!();
}
macro_rules! later { () => {} }
