//@ reference: mir.term.assert
//@ run-fail
fn main() {
    let d = std::hint::black_box(0);
    let _ = 10 / d;
}
