//@ reference: pat.or.top-level
//@ compile-fail
//@ error: `let` bindings require top-level or-patterns in parentheses
fn main() {
    let Ok(x) | Err(x) = Ok::<i32, i32>(1);
}
