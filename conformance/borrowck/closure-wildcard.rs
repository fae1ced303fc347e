//@ reference: borrowck.closure.reads
//@ reference: borrowck.closure.reads.destructure
//@ check-pass
// Bound to `_`, skipped with `..`, or destructured without bindings: nothing is read, nothing captured.
struct W(String);
enum One { V(String) }
fn main() {
    let a = String::new();
    let b = (String::new(), String::new());
    let c = W(String::new());
    let d = One::V(String::new());
    let f = || {
        let _ = a;
        let (ref first, ..) = b;
        let W(..) = c;
        let One::V(_) = d;
        first.len()
    };
    drop(a);
    drop(b.1); // only `b.0` is captured
    drop(c);
    drop(d);
    f();
}
