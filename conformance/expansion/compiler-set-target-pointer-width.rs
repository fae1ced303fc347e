//@ reference: expand.cfg.compiler-set.target_pointer_width
//@ check-pass
// `target_pointer_width` is the width of a pointer in bits.
const _: () = assert!(cfg!(target_pointer_width = "64") == (usize::BITS == 64));
const _: () = assert!(cfg!(target_pointer_width = "32") == (usize::BITS == 32));
const _: () = assert!(cfg!(target_pointer_width = "64") == (size_of::<*const u8>() == 8));
fn main() {}
