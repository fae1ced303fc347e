//@ reference: borrowck.closure.reads.discriminant
//@ compile-fail: E0502
// Matching `None` reads the discriminant of `pair.0`: it is borrowed while `check` may be used.
fn main() {
    let mut pair = (Some(String::new()), String::new());
    let check = || match pair {
        (None, _) => 0,
        _ => 1,
    };
    let moved = pair.1; // `pair.1` is not captured
    let r = &mut pair.0; //~ E0502
    check();
    let _ = (moved, r);
}
