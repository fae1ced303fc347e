//@ reference: expand.cfg-macros.cfg
//@ compile-flags: --cfg feature_x
//@ run-pass
fn main() {
    assert!(cfg!(feature_x));
    assert!(!cfg!(not(feature_x)));
    assert!(cfg!(all(feature_x, any(unix, not(unix)))));
}
