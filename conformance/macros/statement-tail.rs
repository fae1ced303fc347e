//@ reference: macro.invoke.positions.stmt
//@ run-pass
// A braced statement macro at the end of a block may expand to statements followed by a tail expression.
macro_rules! stmts_then_value { () => { let a = 2; a * 3 } }
fn six() -> i32 { stmts_then_value! {} }
fn main() {
    assert_eq!(six(), 6);
}
