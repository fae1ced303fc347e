//@ reference: resolve.visibility.field-init
//@ compile-fail: E0451
mod m {
    pub struct S { a: u8 }
}
fn main() {
    let _s = m::S { a: 1 }; //~ E0451
}
