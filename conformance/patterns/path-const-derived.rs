//@ reference: pat.path.intro
//@ reference: pat.path.const-type
//@ reference: pat.match.const-eq
//@ run-pass
#[derive(PartialEq, Eq)]
struct Tag(&'static str, u8);
const HELLO: Tag = Tag("hello", 1);
struct Holder;
impl Holder {
    const LIMIT: u8 = 3;
}
const SLICE: &[u8] = &[1, 2];
fn main() {
    assert!(matches!(Tag("hello", 1), HELLO));
    assert!(matches!(3u8, Holder::LIMIT));
    assert!(matches!(&[1u8, 2][..], SLICE));
}
