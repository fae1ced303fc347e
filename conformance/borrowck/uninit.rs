//@ reference: borrowck.move.uninit
//@ compile-fail: E0381
fn main() {
    let x: i32;
    if std::env::args().count() > 5 {
        x = 1;
    }
    println!("{x}"); //~ E0381
}
