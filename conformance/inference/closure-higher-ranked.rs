//@ reference: infer.closure.higher-ranked
//@ error: lifetime may not live long enough
//@ compile-fail
fn main() {
    let f = |x: &i32| x;
    f(&1);
}
