//@ reference: expand.derive.builtin
//@ compile-fail: E0599
// The derived `Clone` requires `T: Clone` even though no field holds a `T`.
use std::marker::PhantomData;
#[derive(Clone)]
struct Tag<T>(PhantomData<T>);
struct NotClone;
fn main() {
    let t: Tag<NotClone> = Tag(PhantomData);
    let _ = t.clone(); //~ E0599
}
