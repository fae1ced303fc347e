//@ reference: mir.lower.drops
//@ run-pass
//@ stdout: drop y
//@ stdout: drop x
// Variables are dropped at the end of their scope, in reverse order of declaration.
struct Loud(&'static str);
impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let _x = Loud("x");
    let _y = Loud("y");
}
