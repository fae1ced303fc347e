//@ reference: expand.cfg.compiler-set.target_endian
//@ check-pass
// `target_endian` is the byte order of the target.
const LITTLE: bool = 1u16.to_ne_bytes()[0] == 1;
const _: () = assert!(cfg!(target_endian = "little") == LITTLE);
const _: () = assert!(cfg!(target_endian = "big") == !LITTLE);
fn main() {}
