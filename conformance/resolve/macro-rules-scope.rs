//@ reference: resolve.visibility.macro_rules
//@ run-pass
#[macro_use]
mod macros {
    macro_rules! double { ($e:expr) => { $e * 2 } }
    pub(crate) use double; // path-based scope within the crate
}
mod user {
    pub fn four() -> i32 { crate::macros::double!(2) }
}
fn main() {
    assert_eq!(double!(3) + user::four(), 10); // textual scope extended by `macro_use`
}
