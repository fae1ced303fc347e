//@ reference: pat.exhaustive.match
//@ reference: pat.exhaustive.values.enum
//@ compile-fail: E0004
enum E { A, B, C }
fn main() {
    match E::A { //~ E0004
        E::A | E::B => {}
    }
}
