//@ reference: assoc.method.intro
//@ reference: assoc.method.autoderef
//@ reference: assoc.method.search
//@ reference: assoc.method.after
//@ reference: assoc.method.edition2024
//@ run-pass
use std::rc::Rc;
struct S(i32);
impl S {
    fn by_ref(&self) -> i32 { self.0 }
    fn by_mut(&mut self) -> i32 { self.0 += 1; self.0 }
    fn by_val(self) -> i32 { self.0 }
}
fn main() {
    let rc = Rc::new(Box::new(S(1)));
    assert_eq!(rc.by_ref(), 1); // autoderef through `Rc` and `Box`, then autoref
    let mut s = S(1);
    assert_eq!((s.by_mut(), (&mut s).by_ref(), s.by_val()), (2, 2, 2));
    let arr = [3, 1, 2];
    assert_eq!(arr.len(), 3); // an unsizing step: `[i32; 3]` to `[i32]`
    let v: Vec<i32> = arr.into_iter().collect(); // 2021+: arrays iterate by value
    assert_eq!(v, [3, 1, 2]);
}
