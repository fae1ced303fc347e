//@ reference: builtin.intro
//@ reference: builtin.copy.semantics
//@ reference: builtin.copy.builtin
//@ reference: builtin.copy.user
//@ reference: builtin.sized.intro
//@ reference: builtin.sized.implicit
//@ reference: builtin.auto.intro
//@ reference: builtin.auto.send-sync
//@ reference: builtin.auto.unsafe
//@ reference: builtin.ops.desugar
//@ reference: builtin.ops.table
//@ reference: builtin.ops.operands
//@ reference: builtin.overflow.operators
//@ reference: builtin.overflow.shift
//@ reference: builtin.overflow.division
//@ reference: builtin.overflow.methods
//@ reference: builtin.closure.traits
//@ run-pass
use std::ops::{AddAssign, Index, Neg};
#[derive(Clone, Copy, Debug, PartialEq)]
struct P(i32, char);
struct V(Vec<i32>);
impl Index<usize> for V {
    type Output = i32;
    fn index(&self, i: usize) -> &i32 { &self.0[i] }
}
#[derive(Debug, PartialEq)]
struct N(i32);
impl Neg for N { type Output = N; fn neg(self) -> N { N(-self.0) } }
impl AddAssign<i32> for N { fn add_assign(&mut self, o: i32) { self.0 += o } }
fn send<T: Send>() {}
fn sync<T: Sync>() {}
fn unsized_ok<T: ?Sized>(_: &T) {}
fn call_fn<F: Fn() -> usize>(f: F) -> usize { f() }
fn call_mut<F: FnMut()>(mut f: F) { f() }
fn call_once<F: FnOnce() -> String>(f: F) -> String { f() }
fn main() {
    let p = P(1, 'a');
    let q = p; // a copy: `p` stays usable
    let t = (1u8, "s", &p, [2u8; 2], None::<u8>);
    let t2 = t;
    send::<(i32, Vec<u8>)>();
    sync::<std::sync::Mutex<u8>>();
    unsized_ok::<str>("str");
    let v = V(vec![7, 8]);
    let mut n = N(2);
    n += 3;
    let s = String::from("a") + "b"; // `Add` moves the left operand
    let cmp = s == "ab"; // comparisons borrow
    let text = String::from("t");
    let borrow = || text.len();
    let mut count = 0;
    let owned = String::from("o");
    assert_eq!((q, t.0, t2.2.1, v[1], -n, s.len(), cmp), (p, 1, 'a', 8, N(-5), 2, true));
    assert_eq!((call_fn(borrow), { call_mut(|| count += 1); count }, call_once(move || owned)), (1, 1, "o".to_string()));
    assert_eq!((200u8.wrapping_add(100), 200u8.checked_add(100), 200u8.saturating_add(100), 200u8.overflowing_add(100)), (44, None, 255, (44, true)));
    assert_eq!(1u32.wrapping_shl(33), 2);
}
