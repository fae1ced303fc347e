//@ reference: pat.struct.visibility
//@ compile-fail
//@ error: pattern requires `..` due to inaccessible fields
mod m {
    pub struct S { pub a: i32, b: i32 }
    pub fn make() -> S { S { a: 1, b: 2 } }
}
fn main() {
    let m::S { a } = m::make();
    let m::S { a, .. } = m::make();
}
