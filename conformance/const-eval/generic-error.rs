//@ reference: const-eval.eval.generic
//@ compile-fail: E0080
struct Check<const N: usize>;
impl<const N: usize> Check<N> {
    const NONZERO: () = assert!(N > 0); //~ E0080
}
fn main() {
    let () = Check::<0>::NONZERO; // evaluated only for this instantiation
}
