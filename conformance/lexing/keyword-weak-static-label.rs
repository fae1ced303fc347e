//@ reference: lex.keyword.weak
//@ compile-fail
//@ error: labels cannot use keyword names
fn main() {
    'static: loop { break 'static; }
}
