//@ reference: infer.var.placeholder.cast
//@ reference: infer.var.lifetimes
//@ check-pass
fn main() {
    let small: u8 = 300u32 as _; // `_` resolved from the expected type
    let wide = small as _;
    let _: u64 = wide; // ... or from a later use
    let x = 5u8;
    let r: &'_ u8 = &x; // the lifetime is left to borrow checking
    let v: Vec<&u8> = vec![r];
    let _ = v;
}
