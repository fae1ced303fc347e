//@ reference: expand.process.fixpoint
//@ run-pass
// Expansion repeats until no invocation is left: a macro's output defines and invokes another macro.
macro_rules! outer {
    () => {
        macro_rules! inner { () => { 42 } }
        let x = inner!();
        assert_eq!(x, 42);
    };
}
fn main() {
    outer!();
}
