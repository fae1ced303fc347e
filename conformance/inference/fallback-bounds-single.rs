//@ reference: infer.fallback.int.bounds
//@ reference: infer.unify.obligations
//@ run-pass
//@ stdout: 1
trait Tr {}
impl Tr for u8 {}
fn f<T: Tr>(t: T) -> T { t }
fn main() {
    let x = f(1); // `u8` is the only candidate
    println!("{}", std::mem::size_of_val(&x));
}
