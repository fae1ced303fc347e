//@ reference: unsafeck.trait.intro
//@ reference: unsafeck.trait.examples
//@ compile-fail: E0199
struct S;
unsafe impl Clone for S { //~ E0199
    fn clone(&self) -> S { S }
}
fn main() {}
