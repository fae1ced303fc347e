//@ reference: expand.cfg-attr.cfg
//@ compile-fail: E0425
#[cfg(any())]
fn gone() {}
fn main() {
    gone(); //~ E0425
}
