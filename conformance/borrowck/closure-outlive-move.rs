//@ reference: borrowck.closure.outlive
//@ check-pass
fn counter() -> impl FnMut() -> u32 {
    let mut n = 0;
    move || {
        n += 1;
        n
    }
}
fn main() {
    let data = vec![1, 2, 3];
    let handle = std::thread::spawn(move || data.len());
    assert_eq!(handle.join().unwrap() as u32 + counter()(), 4);
}
