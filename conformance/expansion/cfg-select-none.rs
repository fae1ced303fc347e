//@ reference: expand.cfg-macros.cfg_select
//@ compile-fail
//@ error: none of the predicates in this `cfg_select` evaluated to true
fn main() {
    let _x = cfg_select! { any() => 1 };
}
