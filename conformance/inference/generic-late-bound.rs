//@ reference: infer.generic.late-bound
//@ compile-fail: E0794
fn first<'a>(x: &'a u8) -> &'a u8 { x }
fn main() {
    first::<'static>(&1); //~ E0794
}
