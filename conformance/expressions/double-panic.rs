//@ reference: expr.panic.double
//@ run-fail
struct PanicOnDrop;
impl Drop for PanicOnDrop {
    fn drop(&mut self) {
        panic!("second");
    }
}
fn main() {
    std::panic::set_hook(Box::new(|_| {}));
    let r = std::panic::catch_unwind(|| {
        let _p = PanicOnDrop;
        panic!("first");
    });
    // Never reached: the panic during unwinding aborts the process.
    let _ = r;
}
