//@ reference: abi.link
//@ compile-fail: E0455
// `framework` is for Apple targets and `raw-dylib` for Windows targets (this test assumes a Linux host).
#[link(name = "x", kind = "framework")] //~ E0455
unsafe extern "C" {}
#[link(name = "y", kind = "raw-dylib")] //~ E0455
unsafe extern "C" {}
fn main() {}
