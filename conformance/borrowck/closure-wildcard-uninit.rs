//@ reference: borrowck.closure.reads.initialized
//@ compile-fail: E0381
fn main() {
    let x: String;
    let f = || {
        let _ = x; //~ E0381
    };
    f();
}
