//@ reference: pat.match.guard.bind-after
//@ reference: pat.match.guard.shared
//@ run-pass
fn main() {
    let o = Some(String::from("long text"));
    let r = match o {
        Some(s) if s.len() < 3 => s, // not selected: `s` is not moved
        Some(s) => s + "!",
        None => String::new(),
    };
    assert_eq!(r, "long text!");
}
