//@ reference: expand.cfg.options
//@ compile-flags: --cfg spec_flag --cfg spec_key="a" --cfg spec_key="b"
//@ run-pass
// Options come from outside the source; one key may have several values at once.
fn main() {
    assert!(cfg!(spec_flag));
    assert!(cfg!(all(spec_key = "a", spec_key = "b")));
    assert!(!cfg!(spec_key = "c"));
}
