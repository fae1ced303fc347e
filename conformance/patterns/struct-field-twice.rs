//@ reference: pat.struct.field-once
//@ compile-fail: E0025
struct Point { x: i32, y: i32 }
fn main() {
    let Point { x: a, x: b, .. } = Point { x: 1, y: 2 }; //~ E0025
}
