#!/usr/bin/env bash
# Exit 0 when package.json defines the npm script named $1.
cd "$(dirname "$0")/.."
node -e 'process.exit(require("./package.json").scripts?.[process.argv[1]] ? 0 : 1)' "$1"
