//@ reference: expand.cfg.compiler-set.target_arch
//@ check-pass
// `target_arch` names the architecture the standard library was built for.
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
const _: () = assert!(cfg!(target_arch = "x86_64") == same(std::env::consts::ARCH, "x86_64"));
const _: () = assert!(cfg!(target_arch = "aarch64") == same(std::env::consts::ARCH, "aarch64"));
const _: () = assert!(cfg!(target_arch = "x86") == same(std::env::consts::ARCH, "x86"));
fn main() {}
