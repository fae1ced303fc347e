//@ reference: pat.exhaustive.values.pointer-sized
//@ compile-fail: E0004
fn main() {
    match 0isize { //~ E0004
        isize::MIN..0 => {}
        0.. => {}
    }
}
