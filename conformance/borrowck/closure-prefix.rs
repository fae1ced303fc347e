//@ reference: borrowck.closure.places.prefix
//@ compile-fail: E0502
// `pair` (shared) and `pair.1` (mutable) are both used: `pair` is captured, mutably.
fn main() {
    let mut pair = (String::from("a"), String::from("b"));
    let mut both = || {
        pair.1.push('!');
        pair.0.len() + pair.1.len() + format!("{pair:?}").len()
    };
    let n = pair.0.len(); //~ E0502
    both();
    let _ = n;
}
