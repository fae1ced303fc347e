//@ reference: expand.process.outside-in
//@ run-pass
//@ stdout: concat!("a", "b")
// `stringify!` receives the tokens of the inner invocation unexpanded.
fn main() {
    println!("{}", stringify!(concat!("a", "b")));
}
