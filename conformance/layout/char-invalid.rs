//@ reference: layout.char
//@ reference: layout.validity.rules.char
//@ compile-fail: E0080
const BAD: char = unsafe { std::mem::transmute::<u32, char>(0xD800) }; //~ E0080
fn main() {
    let _ = BAD;
}
