//@ reference: abi.symbol.mangling
//@ run-pass
// Items with the same name in different modules, and instantiations of one generic, do not collide.
mod a { pub fn f() -> u8 { 1 } }
mod b { pub fn f() -> u8 { 2 } }
fn id<T>(x: T) -> T { x }
fn main() {
    assert_eq!(a::f() + b::f(), 3);
    assert_eq!((id(1u8), id(2u16)), (1, 2));
}
