//@ reference: typeck.wf.dyn
//@ reference: typeck.coerce.unsize
//@ check-pass
fn main() {
    let b: Box<dyn std::fmt::Debug + Send + Sync> = Box::new(1);
    let _ = b;
}
