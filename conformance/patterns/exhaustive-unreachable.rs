//@ reference: pat.exhaustive.unreachable
//@ compile-fail
//@ error: unreachable pattern
// A lint, not an error: raised to an error here only to observe it.
#![deny(unreachable_patterns)]
fn main() {
    match 1u8 {
        _ => {}
        5 => {}
    }
}
