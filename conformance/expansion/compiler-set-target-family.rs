//@ reference: expand.cfg.compiler-set.target_family
//@ check-pass
// `target_family` names the family of the target.
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
const _: () = assert!(cfg!(target_family = "unix") == same(std::env::consts::FAMILY, "unix"));
const _: () = assert!(cfg!(target_family = "windows") == same(std::env::consts::FAMILY, "windows"));
fn main() {}
