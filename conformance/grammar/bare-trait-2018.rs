//@ reference: grammar.types.dyn.edition2021
//@ edition: 2018
//@ check-pass
#![allow(bare_trait_objects)]
trait Tr {}
fn f(_: &Tr) {}
fn main() {}
