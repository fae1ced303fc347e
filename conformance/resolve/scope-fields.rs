//@ reference: resolve.scope.fields
//@ compile-fail: E0425
struct S { v: u8 }
impl S {
    fn get(&self) -> u8 {
        v //~ E0425
    }
}
fn main() {}
