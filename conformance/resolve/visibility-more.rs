//@ reference: resolve.visibility.nested-access
//@ reference: resolve.visibility.pub-super-reach
//@ reference: resolve.visibility.pub-crate-reach
//@ reference: resolve.visibility.private-in-public
//@ check-pass
fn secret() -> u8 { 1 }
mod a {
    pub mod b {
        pub fn read() -> u8 { super::super::secret() } // private items of an ancestor
        pub(super) fn for_parent() -> u8 { 2 }
        pub(crate) fn for_crate() -> u8 { 3 }
    }
    pub mod sibling {
        pub fn call() -> u8 { super::b::for_parent() } // a child of the parent
    }
    pub fn call() -> u8 { b::for_parent() }
}
mod elsewhere {
    pub fn call() -> u8 { crate::a::b::for_crate() } // not an ancestor
}
struct Private;
pub fn leak() -> Private { Private } // only the `private_interfaces` lint
fn main() {
    let _ = (a::b::read(), a::call(), a::sibling::call(), elsewhere::call(), leak());
}
