//@ reference: lex.literal.c-string
//@ check-pass
fn main() {
    let c: &'static core::ffi::CStr = c"hi";
    assert!(c.to_bytes_with_nul() == b"hi\0");
}
