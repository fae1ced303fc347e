//@ reference: macro.fragment.follow.vis
//@ compile-fail
//@ error: is followed by `+`, which is not allowed for `vis` fragments
// `vis` may be followed by an identifier, a token that can begin a type or an `ident` metavariable, but not by `+`.
macro_rules! ok {
    ($v:vis fn) => {};
    ($v:vis &) => {};
    ($v:vis $i:ident) => {};
}
macro_rules! bad {
    ($v:vis + $i:ident) => {};
}
fn main() {}
