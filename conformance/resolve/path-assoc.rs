//@ reference: resolve.path.param-assoc
//@ reference: resolve.path.concrete-assoc
//@ check-pass
fn first<I: Iterator>(mut i: I) -> Option<I::Item> { i.next() }
fn main() {
    let x: <Vec<u8> as IntoIterator>::Item = 1;
    let _ = first(vec![x].into_iter());
}
