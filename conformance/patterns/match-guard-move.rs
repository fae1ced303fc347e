//@ reference: pat.match.guard.shared
//@ compile-fail: E0507
fn main() {
    let o = Some(String::from("x"));
    match o {
        Some(s) if { drop(s); true } => {} //~ E0507
        _ => {}
    }
}
