//@ reference: lex.keyword.strict.edition2018
//@ reference: lex.keyword.reserved.edition2018
//@ edition: 2015
//@ check-pass
// In 2015, `async`, `await`, `try` and (outside a type) `dyn` are identifiers; `dyn Trait` still works.
fn f(_: &dyn std::fmt::Debug) {}
fn main() {
    let async = 1;
    let await = 2;
    let try = 3;
    let dyn = 4;
    f(&(async + await + try + dyn));
}
