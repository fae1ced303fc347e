//@ reference: expand.cfg.compiler-set.target_os
//@ check-pass
// `target_os` names the operating system the standard library was built for.
const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}
const _: () = assert!(cfg!(target_os = "linux") == same(std::env::consts::OS, "linux"));
const _: () = assert!(cfg!(target_os = "windows") == same(std::env::consts::OS, "windows"));
const _: () = assert!(cfg!(target_os = "macos") == same(std::env::consts::OS, "macos"));
fn main() {}
