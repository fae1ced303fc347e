//@ reference: builtin.sized.implicit
//@ compile-fail: E0277
fn f<T>(_: &T) {}
fn main() {
    f::<str>("x"); //~ E0277
}
