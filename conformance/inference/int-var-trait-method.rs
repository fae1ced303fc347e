//@ reference: infer.order.trait-method
//@ run-pass
//@ stdout: 1
// A trait method on an integer variable is accepted: the variable falls back to `i32`.
fn main() {
    let x = 1;
    println!("{}", x.to_string());
}
