//@ reference: borrowck.closure.outlive
//@ compile-fail: E0373
fn main() {
    let data = vec![1, 2, 3];
    let handle = std::thread::spawn(|| data.len()); //~ E0373
    handle.join().unwrap();
}
