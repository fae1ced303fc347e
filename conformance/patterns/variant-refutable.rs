//@ reference: pat.struct.irrefutable
//@ reference: pat.path.irrefutable
//@ compile-fail: E0005
enum E { A(i32), B }
fn main() {
    let E::A(x) = E::B; //~ E0005
}
