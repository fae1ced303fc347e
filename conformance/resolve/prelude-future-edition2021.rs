//@ reference: resolve.prelude.std.future-edition2024
//@ edition: 2021
//@ compile-fail: E0405
fn wait(_f: impl Future) {} //~ E0405
fn main() {}
