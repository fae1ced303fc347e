//@ reference: resolve.hygiene.labels
//@ compile-fail: E0426
macro_rules! stop { () => { break 'a } } //~ E0426
fn main() {
    'a: loop { stop!(); }
}
