#!/usr/bin/env node
// The `distant` command: the local runner, built by `npm run build` into dist/cli.js.
require('../dist/cli.js');
