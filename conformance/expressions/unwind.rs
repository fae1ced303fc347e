//@ reference: expr.panic.unwind
//@ run-pass
//@ stdout: local dropped
//@ stdout: caught
struct Noisy;
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("local dropped");
    }
}
fn main() {
    std::panic::set_hook(Box::new(|_| {}));
    let r = std::panic::catch_unwind(|| {
        let _n = Noisy;
        panic!("boom");
    });
    if r.is_err() {
        println!("caught");
    }
}
