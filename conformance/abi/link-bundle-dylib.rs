//@ reference: abi.link
//@ compile-fail
//@ error: linking modifier `bundle` is only compatible with `static` linking kind
#[link(name = "m", kind = "dylib", modifiers = "+bundle")]
unsafe extern "C" {}
fn main() {}
