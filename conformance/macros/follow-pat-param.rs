//@ reference: macro.fragment.follow.pat_param
//@ compile-fail
//@ error: is followed by `+`, which is not allowed for `pat_param` fragments
// `pat_param` may be followed by `|` (unlike `pat`), but not by `+`.
macro_rules! ok {
    ($p:pat_param | $q:pat_param in $r:pat_param = $s:pat_param) => {};
}
macro_rules! bad {
    ($p:pat_param + $q:pat_param) => {};
}
fn main() {}
