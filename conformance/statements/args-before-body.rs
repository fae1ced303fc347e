//@ reference: mir.body.blocks
//@ run-pass
//@ stdout: argument
//@ stdout: body 1
// The parameters are initialised with the arguments before the entry block runs.
fn arg() -> u8 {
    println!("argument");
    1
}
fn body(x: u8) {
    println!("body {x}");
}
fn main() {
    body(arg());
}
