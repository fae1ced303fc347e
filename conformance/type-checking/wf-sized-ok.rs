//@ reference: typeck.wf.sized
//@ check-pass
struct Tail {
    len: u8,
    data: [u8], // the last field may be unsized
}
fn main() {
    let _: &[[u8; 2]] = &[[1, 2]];
}
