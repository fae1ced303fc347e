//@ reference: lex.keyword.reserved.edition2024
//@ edition: 2021
//@ check-pass
fn main() {
    let gen = 1;
    let _ = gen;
}
