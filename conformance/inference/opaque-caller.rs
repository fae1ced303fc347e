//@ reference: infer.opaque.caller
//@ compile-fail: E0369
use std::fmt::Display;
fn f() -> impl Display { 1 }
fn main() {
    let _y = f() + 1; //~ E0369
}
