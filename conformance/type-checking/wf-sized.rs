//@ reference: typeck.wf.sized
//@ compile-fail: E0277
struct Bad {
    first: [u8], //~ E0277
    last: u8,
}
fn main() {}
