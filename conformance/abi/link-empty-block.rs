//@ reference: abi.link
//@ run-pass
// `link` on an empty extern block adds a library (here the C math library) without declaring anything.
#[cfg_attr(target_os = "linux", link(name = "m"))]
unsafe extern "C" {}
fn main() {}
