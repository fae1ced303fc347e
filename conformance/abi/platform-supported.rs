//@ reference: abi.string.platform
//@ check-pass
// On x86_64, `"sysv64"`, `"win64"`, `"efiapi"` and their `-unwind` variants are accepted; `"cdecl"` with a warning.
#[cfg(target_arch = "x86_64")]
mod on_x86_64 {
    pub extern "sysv64" fn a() {}
    pub extern "win64" fn b() {}
    pub extern "efiapi" fn c() {}
    pub extern "sysv64-unwind" fn d() {}
    pub extern "win64-unwind" fn e() {}
    #[allow(unsupported_calling_conventions)]
    pub extern "cdecl" fn f() {}
}
fn main() {}
