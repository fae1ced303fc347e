//@ reference: mir.term.call
//@ run-pass
//@ stdout: f
//@ stdout: a
//@ stdout: b
fn pick() -> fn(u8, u8) -> u8 {
    println!("f");
    |a, b| a + b
}
fn arg(name: &str, v: u8) -> u8 {
    println!("{name}");
    v
}
fn main() {
    assert_eq!(pick()(arg("a", 1), arg("b", 2)), 3);
}
