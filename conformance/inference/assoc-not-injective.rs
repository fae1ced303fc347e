//@ reference: infer.assoc.not-injective
//@ compile-fail: E0283
use std::ops::Deref;
fn make<T: Deref<Target = u8>>() -> T { unimplemented!() }
fn main() {
    let _ = make(); //~ E0283
}
