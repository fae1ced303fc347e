//@ reference: crate.main-fn.signature
//@ reference: crate.main-fn.signature.params
//@ compile-fail: E0580
fn main(args: u8) {
    let _ = args;
}
