//@ reference: typeck.subtype.intro
//@ reference: typeck.subtype.variance
//@ reference: typeck.subtype.table
//@ reference: typeck.subtype.adt
//@ run-pass
fn shorten<'a>(long: &'a &'static str, _local: &'a str) -> &'a &'a str {
    long // `&'a &'static str` is a subtype of `&'a &'a str`: covariant
}
fn any_lifetime(_: &u8) {}
struct Cov<'a>(&'a str);
fn main() {
    let s: &'static str = "static";
    let local = String::from("local");
    let r = shorten(&s, &local);
    let f: fn(&'static u8) = any_lifetime; // `for<'r> fn(&'r u8)` is a subtype
    let c: Cov<'_> = Cov(s);
    f(&1);
    assert_eq!((*r, c.0), ("static", "static"));
}
