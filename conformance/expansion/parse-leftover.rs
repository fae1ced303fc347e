//@ reference: expand.process.parse
//@ compile-fail
//@ error: macro expansion ignores `2` and any tokens following
// In expression position the output must be one expression in its entirety.
macro_rules! two { () => { 1 2 } }
fn main() {
    let _ = two!();
}
