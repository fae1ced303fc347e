//@ reference: terms.trait-object
//@ run-pass
// A `dyn Trait` pointer carries the address and a vtable pointer, so it is wider than a thin pointer.
use std::fmt::Display;
fn main() {
    let items: Vec<Box<dyn Display>> = vec![Box::new(1), Box::new("two")];
    let shown: Vec<String> = items.iter().map(|d| d.to_string()).collect();
    assert_eq!(shown, ["1", "two"]);
    assert!(std::mem::size_of::<&dyn Display>() > std::mem::size_of::<&u8>());
}
