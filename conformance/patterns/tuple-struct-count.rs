//@ reference: pat.struct.tuple-struct.count
//@ compile-fail: E0023
struct Pair(i32, i32);
fn main() {
    let Pair(a) = Pair(1, 2); //~ E0023
}
