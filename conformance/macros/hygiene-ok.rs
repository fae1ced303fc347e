//@ reference: macro.hygiene.mixed-site
//@ run-pass
// A variable the macro declares is invisible to the caller, so the caller's `x` is untouched.
macro_rules! shadow {
    ($e:expr) => {{
        let x = 10;
        $e + x
    }};
}
fn main() {
    let x = 1;
    assert_eq!(shadow!(x), 11);
}
