//@ reference: abi.unwind.abort
//@ run-fail
// A panic reaching the boundary of an `extern "C"` function aborts the process; `catch_unwind` in the
// caller never sees it.
extern "C" fn boom() {
    panic!("inside extern C");
}
fn main() {
    let _ = std::panic::catch_unwind(|| boom());
    std::process::exit(0);
}
