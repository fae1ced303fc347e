//@ reference: pat.struct.all-fields
//@ compile-fail: E0027
struct Point { x: i32, y: i32 }
fn main() {
    let Point { x } = Point { x: 1, y: 2 }; //~ E0027
}
