#!/usr/bin/env node
// The checkout's entry (`npm run specmark`, scripts and tests name it): the launcher is bin/specmark.cjs,
// which the package's `bin` points to.
import './specmark.cjs'
