//@ reference: expand.cfg.compiler-set.target_vendor
//@ check-pass
// On the hosts the suite runs on, the vendor is the one of the target triple.
const _: () = assert!(!cfg!(target_os = "linux") || cfg!(target_vendor = "unknown"));
const _: () = assert!(!cfg!(target_os = "windows") || cfg!(target_vendor = "pc"));
const _: () = assert!(!cfg!(target_os = "macos") || cfg!(target_vendor = "apple"));
fn main() {}
