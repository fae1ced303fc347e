//@ reference: dyn.intro
//@ reference: dyn.type.bounds
//@ reference: dyn.type.identity
//@ reference: dyn.type.assoc
//@ reference: dyn.type.unsized
//@ reference: dyn.type.impls
//@ reference: dyn.compat.def
//@ reference: dyn.compat.entries
//@ reference: dyn.pointer.components
//@ reference: dyn.vtable
//@ reference: dyn.vtable.auto-traits
//@ reference: dyn.vtable.identity
//@ reference: dyn.vtable.valid
//@ reference: dyn.size
//@ reference: dyn.dispatch.call
//@ reference: dyn.dispatch.ufcs
//@ reference: dyn.dispatch.drop
//@ reference: dyn.coerce.unsize
//@ reference: dyn.coerce.upcast
//@ reference: dyn.coerce.drop-auto
//@ reference: dyn.coerce.no-downcast
//@ reference: dyn.lifetime.meaning
//@ reference: dyn.lifetime.default
//@ reference: dyn.lifetime.default.rules
//@ run-pass
//@ stdout: dropped 3
use std::any::Any;
use std::fmt::{Debug, Display};
trait Named: Debug { fn name(&self) -> String; }
#[derive(Debug)]
struct Big([u64; 3]);
impl Named for Big { fn name(&self) -> String { "big".into() } }
impl Drop for Big { fn drop(&mut self) { println!("dropped {}", self.0.len()); } }
fn same(a: &(dyn Display + Send), b: &(dyn Send + Display)) -> bool { a.to_string() == b.to_string() }
fn borrow_default<'a>(x: &'a u8) -> &'a dyn Debug { x }
fn main() {
    let boxed: Box<dyn Named + Send> = Box::new(Big([1, 2, 3]));
    assert_eq!((boxed.name(), Named::name(&*boxed), <dyn Named as Named>::name(&*boxed)), ("big".into(), "big".into(), "big".into()));
    assert_eq!((std::mem::size_of_val(&*boxed), std::mem::align_of_val(&*boxed)), (24, 8));
    let it: &mut dyn Iterator<Item = u8> = &mut [1u8, 2].into_iter();
    assert_eq!(it.count(), 2);
    assert!(same(&1, &1));
    let no_send: Box<dyn Named> = boxed; // drop an auto trait
    let as_debug: &dyn Debug = &*no_send; // upcast to a supertrait
    assert!(format!("{as_debug:?}").starts_with("Big"));
    let any: Box<dyn Any> = Box::new(5u8);
    assert_eq!(any.downcast_ref::<u8>(), Some(&5)); // back to the concrete type through `Any`
    let static_box: Box<dyn Debug> = Box::new(1); // `Box<dyn Debug + 'static>`
    let _ = (static_box, borrow_default(&3));
    assert!(std::ptr::addr_eq(as_debug as *const dyn Debug, &*no_send as *const dyn Named));
    drop(no_send);
}
