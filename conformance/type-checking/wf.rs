//@ reference: typeck.intro
//@ reference: typeck.wf.intro
//@ reference: typeck.wf.generic-args
//@ compile-fail: E0277
struct Wrapper<T: Copy>(T);
fn main() {
    let _: Wrapper<String>; //~ E0277
}
