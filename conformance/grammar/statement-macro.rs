//@ reference: grammar.macros.syntax
//@ reference: grammar.statements.macro
//@ run-pass
macro_rules! declare { ($n:ident) => { let $n = 1; let $n = $n + 1; } }
fn main() {
    declare!(x); // expands to two statements
    assert_eq!(x, 2);
}
