//@ reference: macro.invoke.syntax
//@ run-pass
// The delimiter of the invocation does not change the tokens the macro receives.
macro_rules! count {
    () => { 0 };
    ($x:tt $($rest:tt)*) => { 1 + count!($($rest)*) };
}
fn main() {
    let a = count!(a b c);
    let b = count![a b c];
    let c = count! { a b c };
    assert_eq!((a, b, c), (3, 3, 3));
}
