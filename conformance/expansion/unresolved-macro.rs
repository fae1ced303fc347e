//@ reference: expand.process.fixpoint
//@ compile-fail
//@ error: cannot find macro `nowhere` in this scope
fn main() {
    nowhere!();
}
