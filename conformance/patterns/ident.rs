//@ reference: pat.ident.intro
//@ reference: pat.ident.binding
//@ reference: pat.ident.mut
//@ reference: pat.ident.ref
//@ reference: pat.ident.ref-mut
//@ reference: pat.ident.at
//@ reference: pat.ident.irrefutable
//@ reference: pat.bind.modes.ref
//@ reference: pat.bind.modes.ref-mut
//@ reference: pat.bind.modes.explicit
//@ run-pass
fn main() {
    let x = String::from("a");
    let mut m = 1;
    m += 1;
    let ref r = x;
    let _: &String = r;
    let mut v = 5;
    let ref mut rm = v;
    *rm += 1;
    assert_eq!(v, 6);
    let whole @ Some(inner) = Some(3) else { panic!() };
    assert_eq!((whole, inner, m), (Some(3), 3, 2));
    let all @ _ = 4;
    assert_eq!(all, 4);
}
