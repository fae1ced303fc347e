//@ reference: infer.var.kinds
//@ reference: infer.var.general-numeric
//@ reference: infer.var.placeholder.const
//@ reference: infer.var.const-param
//@ reference: infer.unify.constructors
//@ reference: infer.unify.var-var
//@ reference: infer.unify.resolved-var
//@ run-pass
//@ stdout: 4 8 3 4 2
use std::mem::size_of_val;
fn zeros<const N: usize>() -> [u8; N] { [0; N] }
fn main() {
    let mut v = Vec::new(); // general variable for the element type
    v.push(1); // now an integer variable: falls back to `i32`
    let mut w = Vec::new();
    w.push(1.0); // a float variable: falls back to `f64`
    let a: [u8; _] = [0, 1, 2]; // the length is inferred
    let z: [u8; 4] = zeros(); // `N` from the expected type
    let p = Default::default();
    let q = p; // `p` and `q` have one type
    let _: (u16, u16) = (q, 1); // resolves both
    let r: u16 = p;
    let pair: (_, Vec<_>) = (r, vec!['x']); // constructors unified argument by argument
    let _: (u16, Vec<char>) = pair;
    let f: fn(_) -> _ = |x: u8| x as u16;
    let _: fn(u8) -> u16 = f;
    println!("{} {} {} {} {}", size_of_val(&v[0]), size_of_val(&w[0]), a.len(), z.len(), size_of_val(&q));
}
