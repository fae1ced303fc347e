//@ reference: grammar.expressions.method-or-field
//@ compile-fail: E0599
struct S { f: fn() -> i32 }
fn one() -> i32 { 1 }
fn main() {
    let s = S { f: one };
    let _ = (s.f)();
    let _ = s.f(); //~ E0599
}
