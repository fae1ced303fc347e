//@ reference: alloc.oom.capacity
//@ run-fail
fn main() {
    let mut v: Vec<u64> = Vec::new();
    v.reserve(usize::MAX / 4);
}
