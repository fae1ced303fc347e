//@ reference: borrowck.closure.places.index
//@ compile-fail: E0506
// Using one element captures the whole array: assigning another element conflicts.
fn main() {
    let mut scores = [1, 2, 3];
    let first = || scores[0] + 1;
    scores[2] = 7; //~ E0506
    first();
}
