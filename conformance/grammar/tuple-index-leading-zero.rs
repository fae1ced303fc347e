//@ reference: grammar.tokens.tuple-index
//@ compile-fail: E0609
fn main() {
    let t = (1, 2);
    let _ = t.01; //~ E0609
}
