//@ reference: macro.fragment.pat.edition2021
//@ edition: 2018
//@ compile-fail
//@ error: no rules expected
// Before 2021, `pat` is `pat_param`: a top-level `|` is not part of the fragment.
macro_rules! one_pat {
    ($p:pat) => {};
}
fn main() {
    one_pat!(1 | 2);
}
