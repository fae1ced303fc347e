//@ reference: infer.generic.impl-trait-arg
//@ compile-fail: E0107
use std::fmt::Display;
fn show<T: Display>(_: T, _: impl Display) {}
fn main() {
    show::<u8, i32>(1, 2); //~ E0107
}
