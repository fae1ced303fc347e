//@ reference: pat.rest.intro
//@ reference: pat.rest.tuple
//@ reference: pat.rest.binding
//@ reference: pat.rest.binding.array
//@ run-pass
struct T(u8, u8, u8, u8);
fn main() {
    let (first, .., last) = (1, 2, 3, 4);
    assert_eq!((first, last), (1, 4));
    let (.., only) = (9,);
    let (a, ..) = (5, 6);
    let T(_, second, ..) = T(1, 2, 3, 4);
    assert_eq!((only, a, second), (9, 5, 2));
    let v = [1, 2, 3, 4];
    let s: &[i32] = &v;
    if let [head, tail @ ..] = s {
        let _: &[i32] = tail;
        assert_eq!((*head, tail.len()), (1, 3));
    }
    let [_, middle @ .., _] = v;
    let _: [i32; 2] = middle;
    assert_eq!(middle, [2, 3]);
    let (..) = (1, 2);
}
