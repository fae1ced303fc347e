//@ reference: layout.basics.zst
//@ reference: layout.representation.rust.zst
//@ run-pass
struct Empty;
struct AllZst((), Empty, [u8; 0]);
fn main() {
    assert_eq!((std::mem::size_of::<Empty>(), std::mem::size_of::<AllZst>()), (0, 0));
    let v: Vec<Empty> = (0..1000).map(|_| Empty).collect(); // no bytes are allocated per element
    assert_eq!(v.len(), 1000);
}
