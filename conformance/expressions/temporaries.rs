//@ reference: expr.temp.scope
//@ reference: expr.temp.scope.edition2024
//@ reference: expr.temp.drop
//@ reference: expr.temp.extend
//@ reference: expr.temp.extend.static
//@ reference: expr.temp.promote
//@ reference: expr.temp.locals
//@ run-pass
//@ stdout: statement temp
//@ stdout: after statement
//@ stdout: b
//@ stdout: a
//@ stdout: extended
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("{}", self.0);
    }
}
impl Noisy {
    fn get(&self) -> usize { self.0.len() }
}
static EXT: &Vec<u8> = &Vec::new(); // extended for the whole program
fn main() {
    let n = Noisy("statement temp").get(); // dropped at the end of the statement
    println!("after statement");
    {
        let _a = Noisy("a");
        let _b = Noisy("b"); // locals dropped in reverse order
    }
    let kept = &Noisy("extended"); // an extending borrow: lives to the end of `main`
    let promoted: &'static i32 = &(1 + 2);
    assert_eq!((n, kept.get(), *promoted, EXT.len()), (14, 8, 3, 0));
}
