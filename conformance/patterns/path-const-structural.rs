//@ reference: pat.path.const-type
//@ compile-fail
//@ error: constant of non-structural type `NoEq` in a pattern
// A constant of a type without a `PartialEq` implementation cannot be a pattern.
struct NoEq(i32);
const C: NoEq = NoEq(1);
fn main() {
    match NoEq(1) {
        C => {}
        _ => {}
    }
}
