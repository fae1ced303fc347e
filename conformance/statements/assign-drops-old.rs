//@ reference: mir.stmt.assign
//@ run-pass
//@ stdout: make new
//@ stdout: drop old
//@ stdout: end
//@ stdout: drop new
// Assigning to an initialized place evaluates the new value, then drops the old one, then stores.
struct Loud(&'static str);
impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn make() -> Loud {
    println!("make new");
    Loud("new")
}
fn main() {
    let mut x = Loud("old");
    x = make();
    println!("end");
    let _ = &x;
}
