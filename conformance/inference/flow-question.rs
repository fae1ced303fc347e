//@ reference: infer.flow.question
//@ compile-fail: E0282
fn g<E>() -> Result<u8, E> { Ok(1) }
fn f() -> Result<u8, String> {
    let x = g()?; //~ E0282
    Ok(x)
}
fn main() { let _ = f(); }
