//@ reference: borrowck.closure.mode.by-value
//@ compile-fail: E0506
// A use by value of a `Copy` place is a copy: the closure borrows `n`, it does not copy it in.
fn main() {
    let mut n = 1;
    let get = || {
        let m = n;
        m
    };
    n = 2; //~ E0506
    get();
}
