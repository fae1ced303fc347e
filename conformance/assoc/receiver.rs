//@ reference: assoc.items.method
//@ compile-fail: E0307
struct S;
impl S {
    fn m(self: u8) {} //~ E0307
}
fn main() {}
