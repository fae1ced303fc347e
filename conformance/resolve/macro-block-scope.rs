//@ reference: resolve.macro.block-scope
//@ error: cannot find macro `m` in this scope
//@ compile-fail
fn main() {
    {
        macro_rules! m { () => { 1 } }
        let _ = m!();
    }
    let _ = m!();
}
