//@ reference: core.intro
//@ reference: core.lang.intro
//@ reference: core.lang.unique
//@ reference: core.try.result
//@ reference: core.try.option
//@ reference: core.try.other
//@ reference: core.for.desugar
//@ reference: core.for.drop
//@ reference: core.future.async
//@ reference: core.future.await
//@ reference: core.drop.intro
//@ reference: core.fn.call
//@ reference: core.phantom
//@ reference: core.manually-drop
//@ reference: core.maybe-uninit
//@ reference: core.mem.size
//@ reference: core.mem.ownership
//@ reference: core.mem.ptr
//@ reference: core.panic.macro
//@ reference: core.panic.info
//@ run-pass
//@ stdout: dropped
//@ stdout: iterator dropped
use std::marker::PhantomData;
use std::mem::{self, ManuallyDrop, MaybeUninit};
use std::ops::ControlFlow;
#[derive(Debug)]
struct E;
impl From<std::num::ParseIntError> for E { fn from(_: std::num::ParseIntError) -> E { E } }
fn parse(s: &str) -> Result<i32, E> { Ok(s.parse::<i32>()? + 1) } // `From` converts the error
fn head(v: &[i32]) -> Option<i32> { Some(*v.first()? * 2) }
struct Loud;
impl Drop for Loud { fn drop(&mut self) { println!("dropped"); } }
struct Iter(u8);
impl Iterator for Iter { type Item = u8; fn next(&mut self) -> Option<u8> { if self.0 == 0 { None } else { self.0 -= 1; Some(self.0) } } }
impl Drop for Iter { fn drop(&mut self) { println!("iterator dropped"); } }
fn main() {
    assert_eq!((parse("4").unwrap(), parse("x").is_err(), head(&[3]), head(&[])), (5, true, Some(6), None));
    let cf: ControlFlow<u8, u8> = ControlFlow::Continue(1);
    assert!(cf.is_continue());
    drop(Loud);
    let mut sum = 0;
    for i in Iter(3) { sum += i; }
    let add = |a: i32| a + 1;
    let boxed: Box<dyn Fn(i32) -> i32> = Box::new(add);
    let _p: PhantomData<String> = PhantomData;
    let md = ManuallyDrop::new(Loud); // never dropped by the compiler
    let _ = &md;
    let mut slot = MaybeUninit::<u32>::uninit();
    slot.write(9);
    let mut a = 1;
    let mut b = 2;
    mem::swap(&mut a, &mut b);
    let old = mem::replace(&mut a, 5);
    let taken = mem::take(&mut b);
    let x = 10;
    let read = unsafe { std::ptr::read(&x) };
    assert_eq!((sum, boxed(1), mem::size_of::<PhantomData<String>>(), mem::size_of::<ManuallyDrop<u64>>(), unsafe { slot.assume_init() }, old, a, taken, read), (3, 2, 0, 8, 9, 2, 5, 1, 10));
    let r = std::panic::catch_unwind(|| {
        std::panic::set_hook(Box::new(|info| assert!(info.payload().downcast_ref::<&str>().is_some() || info.location().is_some())));
        assert!(1 + 1 == 3, "math");
    });
    assert!(r.is_err());
}
