//@ reference: opaque.leak.other
//@ compile-fail: E0599
fn make() -> impl Clone { 5u8 }
fn main() {
    let x = make();
    x.count_ones(); //~ E0599
}
