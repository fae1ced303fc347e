//@ reference: infer.let.pattern
//@ reference: infer.let.binding-mode
//@ reference: infer.let.pattern-constrains
//@ reference: infer.let.scrutinee
//@ reference: infer.let.uninit
//@ reference: infer.flow.statements
//@ reference: infer.flow.loop
//@ reference: infer.flow.diverging-block
//@ reference: infer.flow.nested-items
//@ run-pass
//@ stdout: 4 8 2 1
use std::mem::size_of_val;
fn diverging(fail: bool) -> u8 {
    if fail {
        let _never: u8 = { panic!("no value"); }; // the block has type `!`
    }
    1
}
fn main() {
    let (a, b): (u8, _) = (1, 2); // `b` falls back to `i32`
    let (c, _d) = &(1u8, 2u8);
    let _: &u8 = c; // bound by reference
    let x = Default::default();
    match x { 1u8 => {}, _ => {} } // the literal pattern resolves `x`
    if let Some(y) = None { let _: u8 = y; }
    let z;
    if a > 0 { z = 1u64 } else { z = 2 }
    let v;
    { v = Vec::new(); } // created in a nested block ...
    let mut v = v;
    v.push(1u16); // ... resolved by a later statement
    let l = loop { break 5u8; };
    let _: u8 = l;
    let w = loop { if a > 0 { break; } };
    let _: () = w;
    const K: u8 = 2; // a separate body with its own types
    println!("{} {} {} {}", size_of_val(&b), size_of_val(&z), size_of_val(&v[0]), diverging(false) * K / 2);
}
