//@ reference: memory.provenance.def
//@ compile-fail: E0080
// A pointer taken from a place carries the provenance of that place's allocation: the distance between
// pointers into two different allocations is not defined.
const DISTANCE: isize = {
    let a = 1u8;
    let b = 2u8;
    let pa = &raw const a;
    let pb = &raw const b;
    unsafe { pb.offset_from(pa) } //~ E0080
};
fn main() {
    let _ = DISTANCE;
}
