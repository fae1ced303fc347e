//@ reference: resolve.prelude.no-implicit
//@ check-pass
#![no_implicit_prelude]
fn main() {
    let v = ::std::vec::Vec::<i32>::new(); // paths from `::std` still work
    let _: bool = v.is_empty(); // the language prelude stays
}
