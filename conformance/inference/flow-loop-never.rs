//@ reference: infer.flow.loop
//@ check-pass
fn forever() -> u8 {
    loop {} // no `break`: type `!`, coerced to `u8`
}
fn main() { let _ = forever as fn() -> u8; }
