//@ reference: mir.lower.preserve
//@ run-pass
//@ stdout: left
//@ stdout: right
//@ stdout: call 1 2
//@ stdout: drop b
//@ stdout: drop a
// Operands are evaluated in source order, and variables are dropped in reverse order of declaration.
struct Loud(&'static str);
impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn side(label: &str, v: u8) -> u8 {
    println!("{label}");
    v
}
fn call(a: u8, b: u8) {
    println!("call {a} {b}");
}
fn main() {
    let _a = Loud("a");
    let _b = Loud("b");
    call(side("left", 1), side("right", 2));
}
