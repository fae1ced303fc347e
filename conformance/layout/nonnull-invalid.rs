//@ reference: layout.validity.rules.reference
//@ reference: layout.validity.rules.nonzero
//@ compile-fail: E0080
const BAD: &u8 = unsafe { std::mem::transmute::<usize, &u8>(0) }; //~ E0080
fn main() {
    let _ = BAD;
}
