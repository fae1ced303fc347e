//@ reference: abi.extern.c-unwind
//@ reference: abi.unwind.kinds
//@ run-pass
//@ stdout: caught
extern "C-unwind" fn boom() {
    panic!("crosses the boundary");
}
fn main() {
    std::panic::set_hook(Box::new(|_| {}));
    if std::panic::catch_unwind(|| boom()).is_err() {
        println!("caught");
    }
}
