//@ reference: resolve.prelude.std.contents
//@ reference: resolve.prelude.extern.nested
//@ reference: resolve.prelude.extern.rename
//@ reference: resolve.prelude.macros
//@ reference: resolve.prelude.tool.paths
//@ reference: resolve.prelude.language.shadow
//@ reference: resolve.prelude.no-implicit.global
//@ reference: resolve.prelude.derive-import
//@ check-pass
extern crate alloc as heap;
#[allow(non_camel_case_types)]
struct u8;
mod nested {
    pub fn use_all() -> heap::vec::Vec<i32> { // the renamed crate, in a nested module
        core::mem::drop(0); // `core` without a declaration
        let o: Option<Box<String>> = Some(Box::new(String::new()));
        let r: Result<i32, ()> = Ok(1);
        let _ = (o.clone().is_some(), r.is_ok(), None::<i32>, Err::<(), i32>(0), 1.to_string());
        let v: Vec<i32> = vec![1];
        assert_eq!(v.len(), 1);
        println!("{}", format!("{:?}", v));
        v
    }
}
#[rustfmt::skip]
fn formatted() {}
#[diagnostic::on_unimplemented(message = "not a shape")]
trait Shape {}
#[no_implicit_prelude]
mod bare {
    use ::std::fmt::Debug; // also imports the derive macro `Debug`
    #[derive(Debug)]
    pub struct S;
    pub fn make() -> ::std::vec::Vec<u8> { ::std::vec::Vec::new() }
}
fn main() {
    let _: core::primitive::u8 = 1; // the built-in type, while `u8` names the struct
    let _: u8 = u8;
    let _ = (nested::use_all(), formatted(), bare::make(), bare::S);
}
