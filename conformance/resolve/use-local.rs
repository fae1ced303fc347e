//@ reference: resolve.use.relative
//@ compile-fail: E0432
fn main() {
    let local = 1;
    use local as other; //~ E0432
}
