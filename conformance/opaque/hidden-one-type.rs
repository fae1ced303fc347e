//@ reference: opaque.ret.hidden
//@ compile-fail: E0308
fn pick(b: bool) -> impl std::fmt::Display {
    if b { 1 } else { "one" } //~ E0308
}
fn main() {}
