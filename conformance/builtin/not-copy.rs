//@ reference: builtin.copy.not
//@ compile-fail: E0382
fn main() {
    let mut x = 1;
    let r = &mut x;
    let moved = r; // `&mut` is not `Copy`: moved
    *r += 1; //~ E0382
    let _ = moved;
}
