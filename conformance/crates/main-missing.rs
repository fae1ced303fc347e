//@ reference: crate.main-fn.required
//@ compile-fail: E0601
fn not_main() {}
