//@ reference: scope.excluded.unstable
//@ compile-fail: E0554
// A stable implementation rejects a program that enables an unstable feature.
#![feature(never_type)] //~ E0554
fn main() {}
