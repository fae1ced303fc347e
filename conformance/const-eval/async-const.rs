//@ reference: const-eval.fn.qualifiers
//@ compile-fail
//@ error: functions cannot be both `const` and `async`
const async fn f() {}
fn main() {}
