//@ reference: mir.term.unwind
//@ run-fail
// A panic in drop glue run while unwinding terminates the process instead of unwinding further.
struct PanicOnDrop;
impl Drop for PanicOnDrop {
    fn drop(&mut self) {
        panic!("second panic");
    }
}
fn main() {
    let result = std::panic::catch_unwind(|| {
        let _guard = PanicOnDrop;
        panic!("first panic");
    });
    // Not reached: the process aborts during unwinding.
    let _ = result;
    std::process::exit(0);
}
