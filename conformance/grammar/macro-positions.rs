//@ reference: grammar.items.syntax
//@ reference: grammar.tree.macros
//@ run-pass
macro_rules! ty { () => { u8 } }
macro_rules! pat { () => { Some(_) } }
macro_rules! item { () => { fn made() -> u8 { 4 } } }
item!();
fn main() {
    let x: ty!() = 3;
    assert!(matches!(Some(x), pat!()));
    assert_eq!(made(), 4);
}
