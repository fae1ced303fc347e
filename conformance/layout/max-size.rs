//@ reference: layout.basics.max-size
//@ compile-fail
//@ error: too big for the target architecture
fn main() {
    let _x: [u8; usize::MAX] = [0; usize::MAX];
}
