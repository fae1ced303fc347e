//@ reference: grammar.paths.turbofish
//@ check-pass
fn main() {
    let v = Vec::<u8>::new();
    let _: Vec<u8> = v;
}
