//@ reference: layout.validity.intro
//@ reference: layout.validity.rules
//@ reference: layout.validity.rules.scalar
//@ reference: layout.validity.rules.bool
//@ reference: layout.validity.rules.char
//@ reference: layout.validity.rules.never
//@ reference: layout.validity.rules.reference
//@ reference: layout.validity.rules.fn-pointer
//@ reference: layout.validity.rules.wide-pointer
//@ reference: layout.validity.rules.aggregate
//@ reference: layout.validity.rules.enum
//@ reference: layout.validity.rules.union
//@ reference: layout.validity.rules.nonzero
//@ reference: layout.validity.uninit
//@ reference: layout.validity.safety
//@ reference: layout.padding
//@ compile-fail: E0080
// Constant evaluation checks validity: a `bool` from the byte 2 is rejected.
const BAD: bool = unsafe { std::mem::transmute::<u8, bool>(2) }; //~ E0080
fn main() {
    let _ = BAD;
}
