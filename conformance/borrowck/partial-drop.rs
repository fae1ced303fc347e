//@ reference: borrowck.move.partial.drop
//@ compile-fail: E0509
struct D { s: String }
impl Drop for D {
    fn drop(&mut self) {}
}
fn main() {
    let d = D { s: String::new() };
    let s = d.s; //~ E0509
}
