//@ reference: pat.literal.intro
//@ reference: pat.literal.match
//@ reference: pat.literal.negative
//@ reference: pat.literal.type
//@ reference: pat.literal.str
//@ reference: pat.literal.byte-str
//@ reference: pat.literal.refutable
//@ run-pass
fn main() {
    let n: u64 = 7;
    assert!(matches!(n, 7));
    assert!(matches!(-3i8, -3));
    assert!(matches!(2.5f64, 2.5));
    assert!(matches!('x', 'x') && matches!(b'a', b'a') && matches!(true, true));
    let s: &str = "hi";
    assert!(matches!(s, "hi") && !matches!(s, "ho"));
    let arr: &[u8; 3] = b"abc";
    let sl: &[u8] = b"abc";
    assert!(matches!(arr, b"abc") && matches!(sl, b"abc"));
    let r = match 5u8 { 5 => "five", _ => "other" };
    assert_eq!(r, "five");
}
