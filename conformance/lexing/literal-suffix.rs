//@ reference: lex.literal.suffix
//@ run-pass
macro_rules! any_token { ($t:tt) => { stringify!($t) } }
fn main() {
    assert_eq!(any_token!(1foo), "1foo"); // any suffix is a token
    let a = 1u8; let b = 2f32; let c = 2.5f64;
    assert_eq!((a, b, c), (1, 2.0, 2.5));
}
