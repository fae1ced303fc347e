//@ reference: infer.closure.expected-fn-ptr
//@ reference: infer.closure.expected-dyn
//@ reference: infer.closure.expected-opaque
//@ reference: infer.closure.projection
//@ reference: infer.closure.body-expected
//@ reference: infer.closure.bound-return
//@ reference: infer.closure.placeholder
//@ reference: infer.closure.return-target
//@ reference: infer.closure.return
//@ run-pass
//@ stdout: 9 4 16 3 2 1 2 1
fn call<R, F: Fn() -> R>(f: F) -> R { f() }
fn mk() -> impl Fn(u8) -> u8 { |x| x.pow(2) } // `x: u8` from the opaque type's bound
fn main() {
    let f: fn(u8) -> u8 = |x| x.pow(2);
    let g: Box<dyn Fn(u8) -> u8> = Box::new(|x| x.pow(2));
    let lens: Vec<usize> = "a bc".split(' ').map(|s| s.len()).collect(); // `s: &str`
    let h: fn() -> &'static [u8] = || &[1, 2]; // the body is coerced to `&[u8]`
    let c: u8 = call(|| 1); // `R = u8`
    let count = |v: Vec<_>| v.len();
    let early = |x: bool| -> u8 {
        if x { return 2; } // returns from the closure
        1
    };
    let either = |x: bool| { if x { return &[1u8][..]; } &[2, 3] }; // common type `&[u8]`
    println!("{} {} {} {} {} {} {} {}", f(3), g(2), mk()(4), lens.iter().sum::<usize>(), h().len(), c, early(true), count(vec![0u8]) + either(true).len() - 1);
}
