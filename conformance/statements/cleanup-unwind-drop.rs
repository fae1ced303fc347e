//@ reference: mir.body.cleanup
//@ reference: mir.intro
//@ run-pass
//@ stdout: dropped while unwinding: guard
//@ stdout: caught
// The drop scheduled for `_g` runs on the unwinding path, before the panic reaches the caller.
struct Loud(&'static str);
impl Drop for Loud {
    fn drop(&mut self) {
        if std::thread::panicking() {
            println!("dropped while unwinding: {}", self.0);
        }
    }
}
fn fails() {
    let _g = Loud("guard");
    panic!("boom");
}
fn main() {
    std::panic::set_hook(Box::new(|_| {}));
    let r = std::panic::catch_unwind(fails);
    assert!(r.is_err());
    println!("caught");
}
