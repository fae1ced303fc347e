//@ reference: crate.main-fn.signature
//@ compile-fail: E0580
fn main(args: u8) {
    let _ = args;
}
