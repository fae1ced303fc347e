//@ reference: pat.literal.type
//@ compile-fail: E0308
fn main() {
    let n: u8 = 1;
    match n {
        1i32 => {} //~ E0308
        _ => {}
    }
}
