//@ reference: borrowck.closure.edition2021.wildcard
//@ edition: 2018
//@ compile-fail: E0505
fn main() {
    let s = String::new();
    let f = || {
        let _ = s;
    };
    drop(s); //~ E0505
    f();
}
