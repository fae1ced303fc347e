//@ reference: pat.range.refutable
//@ run-pass
fn main() {
    let 0..=255 = 7u8; // covers every `u8`: irrefutable
    let (i8::MIN..=-1 | 0..=i8::MAX) = -3i8;
}
