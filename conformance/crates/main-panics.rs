//@ reference: crate.main-fn.start
//@ run-fail
fn main() {
    panic!("uncaught");
}
