//@ reference: builtin.ops.primitive
//@ compile-fail: E0015
// `String + &str` calls the `Add` implementation, a trait method, which a constant cannot call.
const S: String = String::new() + "x"; //~ E0015
fn main() {
    let _ = S;
}
