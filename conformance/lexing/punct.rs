//@ reference: lex.punct.tokens
//@ run-pass
macro_rules! count { () => { 0 }; ($t:tt $($r:tt)*) => { 1 + count!($($r)*) } }
fn main() {
    // Each of these is one punctuation token.
    assert_eq!(count!(<<= >>= ... ..= :: -> <- => && || != == <= >= += -= *= /= %= ^= &= |=), 22);
    assert_eq!(count!(+ - * / % ^ ! & | << >> = > < @ . .. , ; : # $ ? ~), 24);
}
