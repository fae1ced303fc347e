//@ reference: macro.invoke.positions
//@ reference: macro.invoke.positions.expr
//@ reference: macro.invoke.positions.stmt
//@ reference: macro.invoke.positions.item
//@ reference: macro.invoke.positions.pat
//@ reference: macro.invoke.positions.type
//@ check-pass
// Invocations in expression, statement, item, associated item, extern item, pattern and type position.
macro_rules! e { () => { 1 + 1 } }
macro_rules! stmts { () => { let a = 1; let b = a; } }
macro_rules! items { () => { fn one() -> u8 { 1 } struct Unit; } }
macro_rules! assoc { () => { fn get(&self) -> u8 { 7 } } }
macro_rules! foreign { () => { fn abs(x: i32) -> i32; } }
macro_rules! p { () => { 0 | 1 } }
macro_rules! t { () => { Vec<u8> } }
items!();
struct S;
impl S { assoc!(); }
unsafe extern "C" { foreign!(); }
fn main() {
    let x: t!() = Vec::new();
    let _ = x;
    stmts!();
    let _ = e!();
    match 3u8 { p!() => {}, _ => {} }
    let _ = (one(), Unit, S.get());
}
