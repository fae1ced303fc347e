//@ reference: expand.cfg.compiler-set.target_env
//@ check-pass
// On the hosts the suite runs on, the C library or ABI is one of these.
const _: () = assert!(!cfg!(target_os = "linux") || cfg!(target_env = "gnu") || cfg!(target_env = "musl"));
const _: () = assert!(!cfg!(target_os = "windows") || cfg!(target_env = "msvc") || cfg!(target_env = "gnu"));
const _: () = assert!(!cfg!(target_os = "macos") || cfg!(target_env = ""));
fn main() {}
