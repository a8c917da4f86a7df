#!/usr/bin/env node
'use strict';
// Loads the built CLI (CommonJS, see bin/package.json) with its V8 code cache, or Node's own (see src/code-cache.ts).
require('../dist/code-cache.js').startCodeCache(require('node:path').join(__dirname, '..', 'dist'));
require('../dist/cli.js');
