//@ reference: resolve.namespace.fields
//@ reference: resolve.namespace.struct-both
//@ reference: resolve.namespace.variant-both
//@ reference: resolve.namespace.labels
//@ check-pass
struct Tuple(u8); // type and constructor
struct Unit; // type and value
struct Named { len: usize }
impl Named {
    fn len(&self) -> usize { self.len } // a field and a method of one name
}
enum E { T(u8), U, N { x: u8 } }
fn life<'a>(x: &'a u8) -> u8 {
    'a: loop { break 'a; } // a label with a lifetime's name
    *x
}
fn main() {
    let len = 3; // a local does not shadow the field
    let n = Named { len };
    let _: Tuple = Tuple(1);
    let _: Unit = Unit;
    let _: E = E::T(1);
    let _: E = E::U;
    let _: E = E::N { x: 1 };
    let _ = (n.len(), life(&1));
}
