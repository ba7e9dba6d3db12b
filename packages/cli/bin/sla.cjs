#!/usr/bin/env node
require("../out/sla.cjs");
