//@ reference: infer.fallback.end
//@ reference: infer.fallback.signature
//@ run-pass
//@ stdout: 8 4
use std::fmt::Display;
fn hidden() -> impl Display { 1 } // hidden type `i32`, by fallback in this body
fn main() {
    let x = 1;
    let size = std::mem::size_of_val(&x);
    let _: u64 = x; // fixed after its first use: never `i32`
    println!("{} {}", size, std::mem::size_of_val(&hidden()));
}
