//@ reference: borrowck.closure.move
//@ run-pass
//@ stdout: 1 2
// A `move` closure copies a `Copy` value in: the original stays usable and changing it does not
// change the closure's copy.
fn main() {
    let mut n = 1;
    let get = move || n;
    n += 1;
    println!("{} {}", get(), n);
}
