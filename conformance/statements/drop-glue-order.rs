//@ reference: mir.term.drop
//@ reference: mir.term.drop.glue
//@ reference: mir.term.drop.glue.struct
//@ reference: mir.term.drop.glue.array
//@ run-pass
//@ stdout: drop outer
//@ stdout: drop first
//@ stdout: drop second
//@ stdout: drop e0
//@ stdout: drop e1
//@ stdout: drop t0
//@ stdout: drop t1
// `Drop::drop` of the value runs first, then its fields in declaration order; array elements and tuple
// fields from the first to the last.
struct Loud(&'static str);
impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
struct Outer {
    _a: Loud,
    _b: Loud,
}
impl Drop for Outer {
    fn drop(&mut self) {
        println!("drop outer");
    }
}
fn main() {
    drop(Outer { _a: Loud("first"), _b: Loud("second") });
    drop([Loud("e0"), Loud("e1")]);
    drop((Loud("t0"), Loud("t1")));
}
