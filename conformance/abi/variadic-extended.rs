//@ reference: abi.variadic.extended
//@ check-pass
// C-variadic declarations with the `"system"`, `"sysv64"`, `"win64"` and `"efiapi"` ABIs (x86_64).
#[cfg(target_arch = "x86_64")]
mod decls {
    unsafe extern "system" { pub fn a(x: i32, ...); }
    unsafe extern "sysv64" { pub fn b(x: i32, ...); }
    unsafe extern "win64" { pub fn c(x: i32, ...); }
    unsafe extern "efiapi" { pub fn d(x: i32, ...); }
    unsafe extern "sysv64-unwind" { pub fn e(x: i32, ...); }
}
fn main() {}
