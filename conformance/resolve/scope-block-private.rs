//@ reference: resolve.scope.block-private
//@ compile-fail: E0433
fn main() {
    fn inner() {}
    inner();
}
fn other() {
    main::inner(); //~ E0433
}
