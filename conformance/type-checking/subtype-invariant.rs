//@ reference: typeck.subtype.variance
//@ reference: typeck.subtype.table
//@ compile-fail
//@ error: lifetime may not live long enough
fn widen<'a, 'b>(r: &'b mut &'a str) -> &'b mut &'static str {
    r // `&mut T` is invariant in `T`
}
fn main() {}
