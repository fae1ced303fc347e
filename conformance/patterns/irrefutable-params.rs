//@ reference: pat.irrefutable
//@ reference: pat.irrefutable.params
//@ compile-fail: E0005
fn first(Some(x): Option<i32>) -> i32 { //~ E0005
    x
}
fn main() {}
