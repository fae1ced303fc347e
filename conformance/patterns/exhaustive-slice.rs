//@ reference: pat.exhaustive.values.slice
//@ compile-fail: E0004
fn main() {
    let s: &[u8] = &[];
    match s { //~ E0004
        [] => {}
        [_] => {}
    }
}
