//@ reference: pat.exhaustive.unreachable
//@ check-pass
fn main() {
    match 1u8 {
        _ => {}
        5 => {}
    }
}
