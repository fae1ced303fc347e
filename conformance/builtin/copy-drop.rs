//@ reference: builtin.copy.user
//@ compile-fail: E0184
#[derive(Clone, Copy)]
struct S; //~ E0184
impl Drop for S {
    fn drop(&mut self) {}
}
fn main() {}
