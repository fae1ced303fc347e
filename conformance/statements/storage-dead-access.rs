//@ reference: mir.storage.access
//@ compile-fail: E0080
// A pointer to a local whose scope has ended points to deallocated storage; constant evaluation rejects the read.
const READ: u8 = {
    let p = {
        let x = 5u8;
        &raw const x
    };
    unsafe { *p } //~ E0080
};
fn main() {
    let _ = READ;
}
