//@ reference: grammar.paths.const-arg
//@ compile-fail
//@ error: expressions must be enclosed in braces to be used as const generic arguments
fn get<const N: i32>() -> i32 { N }
fn main() {
    let _ = get::<1 + 1>();
}
