//@ reference: resolve.path.qualifiers.self-receiver
//@ run-pass
struct Counter(u32);
impl Counter {
    fn get(self) -> u32 { let s = self; s.0 } // `self` is the receiver variable
}
fn main() { assert_eq!(Counter(7).get(), 7); }
