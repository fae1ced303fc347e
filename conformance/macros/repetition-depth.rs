//@ reference: macro.repetition.transcription
//@ compile-fail
//@ error: still repeating at this depth
macro_rules! flat {
    ($($x:ident),*) => { $x };
}
fn main() {
    let a = 1;
    let _ = flat!(a);
}
