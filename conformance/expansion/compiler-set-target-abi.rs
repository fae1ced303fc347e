//@ reference: expand.cfg.compiler-set.target_abi
//@ check-pass
// 64-bit x86 and Arm Linux targets with the GNU C library have no further ABI information.
const _: () = assert!(!cfg!(all(target_os = "linux", target_env = "gnu", target_pointer_width = "64", any(target_arch = "x86_64", target_arch = "aarch64"))) || cfg!(target_abi = ""));
fn main() {}
