//@ reference: pat.bind.default
//@ reference: pat.bind.default.deref
//@ reference: pat.bind.default.ref
//@ reference: pat.bind.default.ref-mut
//@ reference: pat.bind.default.repeat
//@ run-pass
fn main() {
    let pair = &(1, String::from("two"));
    let (n, s) = pair;
    let _: (&i32, &String) = (n, s);
    let mut opt = Some(5);
    if let Some(v) = &mut opt {
        let _: &mut i32 = v;
        *v += 1;
    }
    assert_eq!(opt, Some(6));
    let mut value = (1, 2);
    let outer = &&mut value;
    let (a, _) = outer; // `&` then `&mut`: the mode stays `ref`
    let _: &i32 = a;
    let nested = &&Some(3);
    if let Some(x) = nested {
        let _: &i32 = x;
    }
    // A binding directly against a reference takes the reference itself.
    let r = &7;
    let whole = r;
    let _: &i32 = whole;
}
