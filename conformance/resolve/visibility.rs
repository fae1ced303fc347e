//@ reference: resolve.visibility.default
//@ reference: resolve.visibility.forms
//@ reference: resolve.visibility.forms.pub
//@ reference: resolve.visibility.forms.crate
//@ reference: resolve.visibility.forms.super
//@ reference: resolve.visibility.forms.self
//@ reference: resolve.visibility.forms.in
//@ reference: resolve.visibility.in-path
//@ reference: resolve.visibility.access
//@ run-pass
mod outer {
    pub mod inner {
        pub(crate) fn krate() -> i32 { 1 }
        pub(super) fn parent() -> i32 { 2 }
        pub(in crate::outer) fn scoped() -> i32 { 3 }
        pub(self) fn private() -> i32 { 4 }
        pub fn all() -> i32 { private() }
        pub enum E { A(i32) } // variants and their fields are public with the enum
    }
    pub fn sum() -> i32 { inner::parent() + inner::scoped() }
}
fn main() {
    let outer::inner::E::A(x) = outer::inner::E::A(5);
    assert_eq!(outer::inner::krate() + outer::sum() + outer::inner::all() + x, 15);
}
