//@ reference: resolve.prelude.extern.non-root
//@ compile-fail: E0433
mod m {
    extern crate alloc as heap;
    pub fn f() -> heap::vec::Vec<u8> { heap::vec::Vec::new() }
}
mod n {
    pub fn g() {
        let _ = heap::vec::Vec::<u8>::new(); //~ E0433
    }
}
fn main() { m::f(); n::g(); }
