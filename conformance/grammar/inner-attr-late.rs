//@ reference: grammar.attributes.target
//@ compile-fail
//@ error: an inner attribute is not permitted in this context
fn main() {
    let _x = 1;
    #![allow(unused)]
}
