//@ reference: borrowck.closure.reads.value
//@ compile-fail: E0506
fn main() {
    let mut level = 3u8;
    let low = || matches!(level, 0..=4);
    level = 9; //~ E0506
    low();
}
