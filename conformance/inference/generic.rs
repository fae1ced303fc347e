//@ reference: infer.generic.fresh
//@ reference: infer.generic.turbofish
//@ reference: infer.generic.impl-trait-arg
//@ reference: infer.generic.variant
//@ reference: infer.generic.return-type
//@ reference: infer.generic.ctor
//@ reference: infer.generic.trait-path
//@ reference: infer.generic.defaults
//@ reference: infer.method.receiver
//@ reference: infer.method.impl-args
//@ reference: infer.method.own-args
//@ reference: infer.method.args
//@ check-pass
use std::fmt::Display;
fn id<T>(x: T) -> T { x }
fn show<T: Display>(a: T, b: impl Display) -> String { format!("{a}{b}") }
struct Pair<T> { a: T, b: T }
struct W<T = u8>(Option<T>);
fn main() {
    let _: u8 = id(1);
    let _: &str = id("a"); // a second, independent instantiation
    let v = (0..3).collect::<Vec<_>>();
    let _ = show::<u8>(1, 2.5); // the `impl Display` argument's type is inferred
    let n = None::<u8>;
    let m = Option::<u8>::None;
    let _ = n == m;
    let parsed: u32 = "7".parse().unwrap();
    let p = Pair { a: 1u8, b: 2 };
    let _: u8 = p.b;
    let s = ToString::to_string(&1);
    let c = Clone::clone(&1u8);
    let w: W = W(None); // the default applies in type position
    let _: Option<u8> = w.0;
    let mut u = Vec::new();
    u.push(1u8); // `Vec<_>` is enough to select `push`, which resolves the element type
    let doubled = u.iter().map(|x| x * 2).collect::<Vec<u8>>();
    let _ = (v, parsed, s, c, doubled);
}
