//@ reference: opaque.arg.turbofish
//@ compile-fail: E0107
fn f<T: Copy>(_: T, _: impl Clone) {}
fn main() {
    f::<u8, u8>(1, 2); //~ E0107
}
