//@ reference: resolve.visibility.default
//@ compile-fail: E0616
mod m {
    pub struct S { f: i32 }
    pub fn make() -> S { S { f: 1 } }
}
fn main() {
    let s = m::make();
    let _ = s.f; //~ E0616
}
