//@ reference: opaque.arg.turbofish
//@ check-pass
fn f<T: Copy>(_: T, _: impl Clone) {}
fn main() {
    f::<u8>(1, 2);
}
