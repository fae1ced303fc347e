//@ reference: borrowck.borrow.overlap
//@ compile-fail: E0499
struct P { a: i32, b: i32 }
fn main() {
    let mut boxed = std::rc::Rc::new(P { a: 1, b: 2 });
    let p = std::rc::Rc::get_mut(&mut boxed).unwrap();
    let mut guard = std::cell::RefCell::new(P { a: 1, b: 2 });
    let mut m = guard.borrow_mut();
    let a = &mut m.a; // through `DerefMut` of the guard: borrows all of `m`
    let b = &mut m.b; //~ E0499
    *a += *b + p.a;
}
