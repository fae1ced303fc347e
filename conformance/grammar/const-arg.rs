//@ reference: grammar.items.generics.syntax
//@ reference: grammar.paths.syntax
//@ reference: grammar.paths.const-arg
//@ run-pass
fn get<const N: i32>() -> i32 { N }
const TWO: i32 = 2;
fn main() {
    assert_eq!(get::<TWO>() + get::<-1>() + get::<{ 1 + 1 }>(), 3);
}
