//@ reference: crate.main-fn.return
//@ compile-fail: E0277
fn main() -> u8 { //~ E0277
    0
}
