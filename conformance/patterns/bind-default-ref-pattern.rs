//@ reference: pat.bind.default.restrictions
//@ compile-fail
//@ error: cannot explicitly dereference within an implicitly-borrowing pattern
fn main() {
    let x = &(&1, 2);
    let (&a, b) = x;
}
