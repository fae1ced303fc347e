//@ reference: memory.provenance.def
//@ check-pass
// Within one allocation the same computation is defined.
const DISTANCE: isize = {
    let pair = [1u8, 2u8];
    let p0 = &raw const pair[0];
    let p1 = &raw const pair[1];
    unsafe { p1.offset_from(p0) }
};
fn main() {
    assert!(DISTANCE == 1);
}
