//@ reference: infer.assoc.normalize
//@ reference: infer.assoc.pending
//@ check-pass
fn main() {
    for x in vec![1u8] {
        let _: u8 = x; // `<Vec<u8> as IntoIterator>::Item`
    }
    let mut it = Vec::new().into_iter(); // `Item` is pending until the element type is known
    let first = it.next();
    let _: Option<u16> = first;
}
