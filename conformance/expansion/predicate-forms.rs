//@ reference: expand.cfg.predicate
//@ reference: expand.cfg.predicate.forms
//@ compile-flags: --cfg spec_flag --cfg spec_key="v"
//@ run-pass
fn main() {
    assert!(cfg!(spec_flag));
    assert!(!cfg!(spec_unset));
    assert!(cfg!(spec_key = "v"));
    assert!(cfg!(spec_key = r"v"));
    assert!(cfg!(all()));
    assert!(!cfg!(any()));
    assert!(cfg!(all(spec_flag, spec_key = "v")));
    assert!(cfg!(any(spec_unset, spec_flag)));
    assert!(cfg!(not(spec_unset)));
}
