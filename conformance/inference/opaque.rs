//@ reference: infer.opaque.hidden
//@ run-pass
//@ stdout: 2 x
use std::fmt::Display;
fn pick(c: bool) -> impl Display {
    if c { return 2u8; }
    3 // the literal is a `u8`: one hidden type
}
fn name() -> impl Display { 'x' }
fn main() { println!("{} {}", pick(true), name()); }
