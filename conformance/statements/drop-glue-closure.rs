//@ reference: mir.term.drop.glue.closure
//@ run-pass
//@ stdout: closure built
//@ stdout: drop moved
//@ stdout: closure dropped
//@ stdout: drop borrowed
// Dropping a closure drops the values it captured by value, not those it captured by reference.
struct Loud(&'static str);
impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let borrowed = Loud("borrowed");
    let moved = Loud("moved");
    let closure = move || {
        let _ = &moved;
    };
    let by_ref = || {
        let _ = &borrowed;
    };
    println!("closure built");
    drop(closure);
    drop(by_ref);
    println!("closure dropped");
}
