//@ reference: crate.modules.file
//@ compile-fail
//@ error: cannot declare a file module inside a block unless it has a path attribute
fn main() {
    mod inner;
}
