//@ reference: pat.exhaustive.guards
//@ compile-fail: E0004
fn main() {
    match true { //~ E0004
        true => {}
        false if true => {}
    }
}
