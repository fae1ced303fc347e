//@ reference: borrowck.closure.places.shared-deref
//@ check-pass
// The path `(*(*cfg).name).0` goes through two shared references; it is cut after the last one, so
// the closure borrows `*(*cfg).name`, which lives for `'static`, and not `cfg`, which does not.
struct Label(String);
struct Config<'a> {
    name: &'static Label,
    other: &'a u8,
}
fn reader<'a>(cfg: &'a Config<'a>) -> impl Fn() -> usize + 'static {
    let _ = cfg.other;
    || cfg.name.0.len()
}
fn main() {
    static L: Label = Label(String::new());
    let b = 1;
    let c = Config { name: &L, other: &b };
    assert_eq!(reader(&c)(), 0);
}
