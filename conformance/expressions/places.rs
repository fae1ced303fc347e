//@ reference: expr.place.kinds
//@ reference: expr.place.contexts
//@ reference: expr.place.read
//@ reference: expr.place.temporary
//@ reference: expr.place.deref
//@ reference: expr.place.index
//@ run-pass
static GLOBAL: i32 = 7;
struct P { f: (i32, String) }
fn main() {
    let mut p = P { f: (1, String::from("s")) };
    let r = &mut p.f.0; // a field of a local: a place
    *r += 1;
    let g = &GLOBAL;
    let t = &String::from("temp"); // a value in a place context: a temporary
    let v = vec![1, 2, 3];
    let b = Box::new(4);
    let copied = p.f.0; // read by copy: the place is unchanged
    let moved = p.f.1; // read by move
    let raw = &raw const v[1];
    assert_eq!((copied, *g, t.as_str(), v[2], *b, unsafe { *raw }, moved.as_str()), (2, 7, "temp", 3, 4, 2, "s"));
}
