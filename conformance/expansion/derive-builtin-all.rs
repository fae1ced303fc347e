//@ reference: expand.derive.builtin
//@ run-pass
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct All(u8);
fn main() {
    let a = All::default();
    let b = a;
    assert_eq!(a, b);
    assert!(All(1) > a);
    assert_eq!(format!("{:?}", a.clone()), "All(0)");
    let mut set = std::collections::HashSet::new();
    set.insert(a);
    assert!(set.contains(&All(0)));
}
