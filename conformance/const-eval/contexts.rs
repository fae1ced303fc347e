//@ reference: const-eval.overview
//@ reference: const-eval.context.intro
//@ reference: const-eval.context.list
//@ reference: const-eval.context.const-fn
//@ reference: const-eval.context.compile-time
//@ reference: const-eval.expr.allowed
//@ reference: const-eval.fn.intro
//@ reference: const-eval.fn.body
//@ reference: const-eval.fn.qualifiers
//@ reference: const-eval.eval.free
//@ reference: const-eval.eval.generic
//@ reference: const-eval.promote.intro
//@ reference: const-eval.promote.rules
//@ reference: const-eval.promote.fallback
//@ run-pass
const fn square(x: u32) -> u32 { x * x }
const unsafe extern "C" fn twice(x: u32) -> u32 { x * 2 }
struct Wrap(u8);
const SIDE: u32 = square(4);
static TABLE: [u8; 3] = [1, 2, 3];
const TUPLE: Wrap = Wrap(5); // a tuple struct constructor is a const fn
struct Sized<T>(T);
impl<T> Sized<T> {
    const BYTES: usize = std::mem::size_of::<T>(); // evaluated per instantiation
}
enum E { A = 1 + 2 }
fn generic<const N: usize>() -> [u8; N] { [0; N] }
const _: () = assert!(SIDE == 16);
fn main() {
    let arr = [0u8; SIDE as usize];
    let inline = const { square(3) };
    let runtime = square(std::hint::black_box(5)); // a const fn also runs at run time
    let promoted: &'static u32 = &(2 + 3);
    let temp = &String::from("not promotable"); // an ordinary temporary instead
    let l = generic::<2>().len();
    assert_eq!((arr.len(), inline, runtime, unsafe { twice(2) }, TUPLE.0, TABLE[2], Sized::<u64>::BYTES, E::A as i32, *promoted, temp.len(), l), (16, 9, 25, 4, 5, 3, 8, 3, 5, 14, 2));
}
