//@ reference: resolve.intro
//@ reference: resolve.namespace.intro
//@ reference: resolve.namespace.type
//@ reference: resolve.namespace.value
//@ reference: resolve.namespace.macro
//@ reference: resolve.namespace.independence
//@ reference: resolve.namespace.macro-sub
//@ run-pass
#![allow(non_snake_case, non_camel_case_types)]
struct point { x: i32 } // `point` in the type namespace
fn point() -> i32 { 1 } // and in the value namespace
mod Thing {}
#[allow(non_upper_case_globals)]
const Thing: i32 = 2;
macro_rules! point { () => { 3 } } // and in the macro namespace
fn main() {
    let p: point = point { x: point() + Thing + point!() };
    let derive = 4; // `derive` is an attribute macro name too, in the other sub-namespace
    assert_eq!((p.x, derive), (6, 4));
}
