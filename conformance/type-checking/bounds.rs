//@ reference: typeck.bounds.intro
//@ reference: typeck.bounds.solve
//@ reference: typeck.bounds.projection
//@ run-pass
use std::fmt::Display;
trait Describe {
    fn describe(&self) -> String;
}
impl<T: Display> Describe for Vec<T> {
    fn describe(&self) -> String {
        self.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(",")
    }
}
fn show<T>(t: T) -> String where T: Describe {
    t.describe()
}
fn first<I: Iterator>(mut it: I) -> Option<I::Item> {
    it.next()
}
fn main() {
    let n: Option<<Vec<u8> as IntoIterator>::Item> = first(vec![4u8].into_iter());
    assert_eq!((show(vec![1, 2]), n), ("1,2".to_string(), Some(4)));
}
