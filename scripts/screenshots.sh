#!/usr/bin/env bash
# Redraws the README's pictures (assets/screenshots/*.svg) with `tradewatch
# snapshot`, from the list in assets/screenshots/shots.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
dir=assets/screenshots
grep -v '^#' "$dir/shots.txt" | while read -r name size keys; do
  [ -n "$name" ] || continue
  target/release/tradewatch snapshot --size "$size" --keys "$keys" --format svg -o "$dir/$name.svg"
  echo "$dir/$name.svg"
done
