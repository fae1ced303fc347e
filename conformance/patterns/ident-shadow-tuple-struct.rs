//@ reference: pat.ident.no-shadow
//@ compile-fail: E0530
struct S(i32);
fn main() {
    match 1 {
        S => {} //~ E0530
    }
}
