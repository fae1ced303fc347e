//@ reference: borrowck.move.static
//@ compile-fail: E0507
static GREETING: String = String::new();
fn main() {
    let len = GREETING.len(); // borrowing a static is fine
    let owned = GREETING; //~ E0507
    let _ = (len, owned);
}
