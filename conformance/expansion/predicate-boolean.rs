//@ reference: expand.cfg.predicate.boolean
//@ run-pass
fn main() {
    assert!(cfg!(true));
    assert!(!cfg!(false));
    assert!(cfg!(not(false)));
}
