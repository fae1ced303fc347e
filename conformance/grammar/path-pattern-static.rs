//@ reference: grammar.patterns.identifier-or-path
//@ compile-fail: E0530
static S: i32 = 1;
fn main() {
    match 1 {
        S => {} //~ E0530
    }
}
