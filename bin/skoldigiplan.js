#!/usr/bin/env node
'use strict';
// Loads the built CLI (CommonJS, see bin/package.json) with its V8 code cache.
require('../dist/code-cache.js').installCodeCache(require('node:path').join(__dirname, '..', 'dist'));
require('../dist/cli.js');
