//@ reference: memory.alias.liveness.fields
//@ compile-fail: E0499
// A `&mut` stored in a field of a struct is still subject to the uniqueness rule.
struct Holder<'a> {
    r: &'a mut i32,
}
fn main() {
    let mut x = 1;
    let h = Holder { r: &mut x };
    let other = &mut x; //~ E0499
    *h.r += 1;
    *other += 1;
}
