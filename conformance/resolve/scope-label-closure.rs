//@ reference: resolve.scope.labels.barrier
//@ compile-fail: E0767 E0267
fn main() {
    'a: loop {
        let c = || { break 'a; }; //~ E0767
        c();
    }
}
