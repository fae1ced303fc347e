//@ reference: infer.closure.higher-ranked
//@ check-pass
fn h<F: for<'a> Fn(&'a i32) -> &'a i32>(f: F) -> i32 { *f(&1) }
fn main() {
    h(|x: &i32| x);
}
