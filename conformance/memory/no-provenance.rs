//@ reference: memory.provenance.strict
//@ compile-fail: E0080
// A pointer without provenance cannot be used to read even where memory happens to be.
const NONE: u8 = unsafe { *std::ptr::without_provenance::<u8>(8) }; //~ E0080
fn main() {
    let _ = NONE;
}
