//@ reference: pat.exhaustive.non-exhaustive.local
//@ check-pass
#[non_exhaustive]
pub enum Mode { A, B }
fn main() {
    match Mode::A {
        Mode::A => {}
        Mode::B => {}
    }
}
