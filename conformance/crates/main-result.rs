//@ reference: crate.main-fn.return
//@ run-fail
fn main() -> Result<(), String> {
    Err(String::from("main returned an error"))
}
