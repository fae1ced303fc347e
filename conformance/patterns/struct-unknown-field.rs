//@ reference: pat.struct.unknown-field
//@ compile-fail: E0026
struct Point { x: i32, y: i32 }
fn main() {
    let Point { x, w, .. } = Point { x: 1, y: 2 }; //~ E0026
}
