//@ reference: infer.unify.regions
//@ run-pass
fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}
fn main() {
    let owned = String::from("long text");
    let r;
    {
        let stat: &'static str = "short";
        r = longest(&owned, stat); // `&'static str` is a subtype: lifetimes only add constraints
    }
    assert_eq!(r, "long text");
}
