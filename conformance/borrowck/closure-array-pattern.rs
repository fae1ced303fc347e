//@ reference: borrowck.closure.reads.slice
//@ check-pass
// An array's length is in its type: matching `[_, _]` reads nothing, so `a` is not captured.
fn main() {
    let mut a = [1u8, 2];
    let always = || matches!(a, [_, _]);
    a[0] = 5;
    always();
}
