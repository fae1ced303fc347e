//@ reference: infer.fallback.int
//@ reference: infer.fallback.float
//@ run-pass
//@ stdout: 4 8
use std::mem::size_of_val;
fn main() {
    let i = 1;
    let small = 1;
    let _: u8 = small; // resolved before fallback
    let f = 1.5;
    println!("{} {}", size_of_val(&i), size_of_val(&f));
}
