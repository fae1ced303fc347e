//@ reference: pat.ident.no-shadow
//@ compile-fail: E0530
static ZERO: i32 = 0;
fn main() {
    let ZERO = 1; //~ E0530
}
