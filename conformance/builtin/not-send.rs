//@ reference: builtin.auto.send-sync
//@ compile-fail: E0277
fn send<T: Send>(_: T) {}
fn main() {
    send(std::rc::Rc::new(1)); //~ E0277
}
