//@ reference: infer.generic.count
//@ compile-fail: E0107
fn f<A, B>(_: A, _: B) {}
fn main() {
    f::<i32>(1, 2); //~ E0107
}
