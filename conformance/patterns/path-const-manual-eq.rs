//@ reference: pat.path.const-type
//@ compile-fail
//@ error: constant of non-structural type `Manual` in a pattern
#[derive(Eq)]
struct Manual(i32);
impl PartialEq for Manual {
    fn eq(&self, _: &Self) -> bool { true }
}
const C: Manual = Manual(1);
fn main() {
    match Manual(2) {
        C => {}
        _ => {}
    }
}
