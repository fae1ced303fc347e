//@ reference: mir.term.assert
//@ run-fail
//@ compile-flags: -C overflow-checks=on
fn main() {
    let x = std::hint::black_box(u8::MAX);
    let _ = x + 1;
}
