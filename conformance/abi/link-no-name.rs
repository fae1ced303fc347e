//@ reference: abi.link
//@ compile-fail: E0459
#[link(kind = "static")] //~ E0459
unsafe extern "C" {}
fn main() {}
