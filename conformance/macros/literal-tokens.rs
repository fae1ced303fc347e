//@ reference: macro.rules.literal-tokens
//@ run-pass
// Literal tokens and groups match exactly; the outer delimiters of a matcher match any invocation delimiter.
macro_rules! kw {
    (if (x) then) => { "paren group" };
    (if [x] then) => { "bracket group" };
}
fn main() {
    assert_eq!(kw!(if (x) then), "paren group");
    assert_eq!(kw![if [x] then], "bracket group");
    assert_eq!(kw! { if (x) then }, "paren group");
}
