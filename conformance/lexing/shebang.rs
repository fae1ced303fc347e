#!/usr/bin/env run-this-file
//@ reference: lex.input.shebang
//@ check-pass
// The first line is a shebang line and is removed before lexing.
fn main() {}
