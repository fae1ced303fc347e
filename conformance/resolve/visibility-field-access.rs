//@ reference: resolve.visibility.field-access
//@ compile-fail: E0616
mod m {
    pub struct S { a: u8 }
    pub fn make() -> S { S { a: 1 } }
}
fn main() {
    let s = m::make();
    let _ = s.a; //~ E0616
}
