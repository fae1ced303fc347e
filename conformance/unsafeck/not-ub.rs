//@ reference: unsafeck.safety.soundness
//@ reference: unsafeck.safety.validity
//@ reference: unsafeck.safety.not-ub
//@ run-pass
fn main() {
    let leaked: &'static mut Vec<u8> = Box::leak(Box::new(vec![1])); // leaking is safe
    leaked.push(2);
    std::mem::forget(String::from("forgotten"));
    let b = true;
    assert_eq!(b as u8, 1); // safe code may rely on a `bool` being 0 or 1
    let x: u8 = 200u8.wrapping_add(100); // overflow is not undefined behavior
    assert_eq!((leaked.len(), x), (2, 44));
}
