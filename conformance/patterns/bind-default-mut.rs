//@ reference: pat.bind.default.restrictions
//@ compile-fail
//@ error: cannot mutably bind by value within an implicitly-borrowing pattern
fn main() {
    let x = &Some(1);
    if let Some(mut y) = x {
        y += 1;
    }
}
