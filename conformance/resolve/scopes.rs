//@ reference: resolve.scope.module
//@ reference: resolve.scope.nested-module
//@ reference: resolve.scope.local
//@ reference: resolve.scope.local.shadow
//@ reference: resolve.path.first-segment
//@ reference: resolve.path.qualifiers
//@ reference: resolve.path.qualifiers.crate
//@ reference: resolve.path.qualifiers.self
//@ reference: resolve.path.qualifiers.super
//@ reference: resolve.path.qualifiers.global
//@ reference: resolve.path.later-segments
//@ run-pass
fn main() {
    let v = later(); // declared below, in scope in the whole module
    let x = 1;
    let x = x + 1; // shadows the earlier `x`
    let y = inner::up() + inner::deeper::root() + ::std::cmp::max(1, 2) + crate::later() + self::later();
    enum E { A(i32) }
    let E::A(z) = E::A(5);
    assert_eq!((v, x, y, z, <i32 as Default>::default(), i32::MAX > 0), (10, 2, 28, 5, 0, true));
}
fn later() -> i32 { 10 }
mod inner {
    pub fn up() -> i32 { super::later() - 5 }
    pub mod deeper {
        pub fn root() -> i32 { crate::later() - 9 }
    }
}
