//@ reference: mir.term.drop.glue.enum
//@ run-pass
//@ stdout: drop a
//@ stdout: drop b
//@ stdout: drop c
// An enum value drops the fields of its active variant in declaration order.
struct Loud(&'static str);
impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
#[allow(dead_code)]
enum E {
    Pair(Loud, Loud),
    Named { first: Loud },
}
fn main() {
    drop(E::Pair(Loud("a"), Loud("b")));
    drop(E::Named { first: Loud("c") });
}
