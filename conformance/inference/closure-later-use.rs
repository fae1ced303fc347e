//@ reference: infer.closure.later-use
//@ reference: infer.closure.same-body
//@ reference: infer.flow.closures
//@ reference: infer.closure.args-last
//@ check-pass
fn pair<T>(f: impl Fn(&T) -> usize, x: T) -> usize { f(&x) }
fn main() {
    let id = |x| x;
    let _: u8 = id(1); // the parameter becomes `u8`
    let mut v = Vec::new();
    let mut add = |x: u8| v.push(x); // resolves the element type of `v`
    add(1);
    let _: Vec<u8> = v;
    let _ = pair(|s| s.len(), String::new()); // the closure is checked after `String::new()`
}
