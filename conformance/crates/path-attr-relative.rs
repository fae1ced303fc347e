//@ reference: crate.modules.path-attr
//@ compile-fail
//@ error: circular modules
// A relative path is resolved against the directory of the current file: this names the file itself.
#[path = "main.rs"]
mod again;
fn main() {}
