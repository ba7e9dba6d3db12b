#!/usr/bin/env node
require("../out/server.cjs");
