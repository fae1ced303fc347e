//@ reference: expr.await-expr
//@ compile-fail: E0728
async fn f() -> u8 { 1 }
fn main() {
    let _ = f().await; //~ E0728
}
