//@ reference: lex.literal.raw-string
//@ check-pass
fn main() {
    let s = r#"a "quoted" \n"#;
    assert!(s.len() == 14 && s.ends_with("\\n"));
}
