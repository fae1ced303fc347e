//@ reference: pat.match.drop-order
//@ reference: pat.match.drop-order.or
//@ run-pass
//@ stdout: b
//@ stdout: a
//@ stdout: x
//@ stdout: y
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("{}", self.0);
    }
}
fn main() {
    {
        let (_a, _b) = (Noisy("a"), Noisy("b"));
    }
    {
        // The second alternative matched (`q` is "x"), but the first alternative's order, `p` then `q`, is
        // used, so `q` is dropped first.
        let ((p, q, true) | (q, p, false)) = (Noisy("x"), Noisy("y"), false);
    }
}
