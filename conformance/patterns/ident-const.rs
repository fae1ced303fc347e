//@ reference: pat.ident.path
//@ reference: pat.path.const
//@ reference: pat.path.unit
//@ run-pass
const LIMIT: i32 = 10;
struct Unit;
fn main() {
    let r = match 5 {
        LIMIT => "limit", // a path pattern, not a binding
        _ => "other",
    };
    assert_eq!(r, "other");
    let Unit = Unit;
    assert!(matches!(None::<i32>, None));
}
