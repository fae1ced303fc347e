//@ reference: grammar.patterns.top-alt
//@ compile-fail
//@ error: `let` bindings require top-level or-patterns in parentheses
fn main() {
    let Ok(x) | Err(x) = Ok::<u8, u8>(1);
    let _ = x;
}
