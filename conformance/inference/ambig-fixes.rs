//@ reference: infer.ambig.fixes
//@ check-pass
fn main() {
    let a: Vec<u8> = Vec::new();
    let b = "5".parse::<u8>().unwrap();
    let c = 2.0f64.powi(2);
    let d = <u8 as Default>::default();
    let _ = (a, b, c, d);
}
