//@ reference: pat.irrefutable.for
//@ compile-fail: E0005
fn main() {
    for Some(x) in [Some(1), None] {} //~ E0005
}
