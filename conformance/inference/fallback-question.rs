//@ reference: infer.fallback.never.question
//@ compile-fail: E0277
fn read(text: &str) -> Result<(), std::num::ParseIntError> {
    let _x = text.parse()?; //~ E0277
    Ok(())
}
fn main() { let _ = read("1"); }
