//@ reference: abi.string.platform
//@ compile-fail: E0570
// `"stdcall"` is meaningful only on 32-bit x86 (this test assumes a 64-bit host).
extern "stdcall" fn f() {} //~ E0570
fn main() { f(); }
