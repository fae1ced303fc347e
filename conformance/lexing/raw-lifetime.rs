//@ reference: lex.lifetime.syntax
//@ check-pass
fn pick<'r#fn>(x: &'r#fn u8) -> &'r#fn u8 {
    x
}
fn main() {
    'outer: loop {
        break 'outer;
    }
    let _ = pick(&1);
}
