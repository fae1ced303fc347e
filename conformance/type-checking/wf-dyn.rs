//@ reference: typeck.wf.dyn
//@ compile-fail: E0225
fn main() {
    let _: Option<Box<dyn std::fmt::Debug + std::fmt::Display>> = None; //~ E0225
}
