//@ reference: expand.derive.helpers
//@ compile-fail
//@ error: cannot find attribute `default` in this scope
// Without the derive that declares it, the helper is not in scope.
enum Mode {
    #[default]
    Safe,
}
fn main() { let _ = Mode::Safe; }
