//@ reference: pat.struct.visibility
//@ compile-fail: E0451
mod m {
    pub struct S { pub a: i32, b: i32 }
    pub fn make() -> S { S { a: 1, b: 2 } }
}
fn main() {
    let m::S { a, b } = m::make(); //~ E0451
}
