//@ reference: resolve.namespace.lifetime
//@ reference: resolve.namespace.label
//@ check-pass
// A lifetime, a label and a type may share one name without conflict.
#![allow(non_camel_case_types)]
struct a;
fn pick<'a>(x: &'a i32) -> &'a i32 {
    'a: loop { break 'a; }
    x
}
fn main() { let _ = (a, pick(&1)); }
