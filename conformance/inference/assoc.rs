//@ reference: infer.assoc.normalize
//@ reference: infer.assoc.pending
//@ check-pass
fn first<I: Iterator>(mut i: I) -> Option<I::Item> { i.next() }
fn main() {
    for x in vec![1u8] {
        let _: u8 = x; // `<Vec<u8> as IntoIterator>::Item`
    }
    let mut it = Vec::new().into_iter(); // `Item` is pending until the element type is known
    let next = it.next();
    let _: Option<u16> = next;
    let y: Option<u32> = first(Vec::new().into_iter()); // `<?I as Iterator>::Item` is unified with `u32` before `?I` is known
    let _ = y;
}
