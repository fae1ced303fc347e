//@ reference: terms.place-expression
//@ reference: terms.value-expression
//@ compile-fail: E0070
// A call is a value expression, not a place: it cannot be assigned to.
fn make() -> i32 { 1 }
fn main() {
    let mut x = 0;
    x = 2; // a path to a local variable is a place expression
    make() = x; //~ E0070
}
