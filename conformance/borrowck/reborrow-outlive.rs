//@ reference: borrowck.reborrow.intro
//@ compile-fail
//@ error: lifetime may not live long enough
fn f<'a>(r: &'a mut i32) -> &'static i32 {
    &*r
}
fn main() {}
