//@ reference: borrowck.two-phase.sites
//@ compile-fail: E0502
fn main() {
    let mut v = vec![1, 2];
    Vec::push(&mut v, v.len()); //~ E0502
}
