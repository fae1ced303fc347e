//@ reference: borrowck.closure.edition2021.wildcard
//@ reference: borrowck.closure.reads
//@ edition: 2021
//@ check-pass
fn main() {
    let s = String::new();
    let f = || {
        let _ = s;
    };
    drop(s);
    f();
}
