//@ reference: mir.term.assert
//@ run-fail
fn main() {
    let v = [1, 2, 3];
    let i = std::hint::black_box(3);
    let _ = v[i];
}
