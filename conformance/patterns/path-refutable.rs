//@ reference: pat.path.irrefutable
//@ compile-fail: E0005
const ONE: i32 = 1;
fn main() {
    let ONE = 2; //~ E0005
}
