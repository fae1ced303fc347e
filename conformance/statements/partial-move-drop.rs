//@ reference: mir.lower.elaboration
//@ run-pass
//@ stdout: drop a
//@ stdout: end
//@ stdout: drop b
// After a partial move, only the fields still initialized are dropped at the end of the scope.
struct Loud(&'static str);
impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let pair = (Loud("a"), Loud("b"));
    drop(pair.0);
    println!("end");
}
