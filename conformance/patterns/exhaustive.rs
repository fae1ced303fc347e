//@ reference: pat.exhaustive.match
//@ reference: pat.exhaustive.values
//@ reference: pat.exhaustive.values.bool
//@ reference: pat.exhaustive.values.integers
//@ reference: pat.exhaustive.values.enum
//@ reference: pat.exhaustive.values.struct
//@ reference: pat.exhaustive.values.slice
//@ reference: pat.exhaustive.values.reference
//@ reference: pat.exhaustive.values.pointer-sized
//@ check-pass
enum E { A(bool), B }
fn f(b: bool, n: u8, c: char, e: E, t: (bool, bool), a: [bool; 2], s: &[u8], r: &bool, u: usize, i: isize) {
    match b { true => {} false => {} }
    match n { 0..=99 => {} 100..=u8::MAX => {} }
    match c { '\0'..='\u{D7FF}' => {} '\u{E000}'..='\u{10FFFF}' => {} }
    match e { E::A(true) => {} E::A(false) => {} E::B => {} }
    match t { (true, _) => {} (false, true) => {} (false, false) => {} }
    match a { [true, _] => {} [false, _] => {} }
    match s { [] => {} [_] => {} [_, _, ..] => {} }
    match r { &true => {} &false => {} }
    match u { 0 => {} 1.. => {} }
    match i { ..0 => {} 0 => {} 1.. => {} }
}
fn main() {}
