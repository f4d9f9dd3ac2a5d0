#!/usr/bin/env bash
# Renders the README's pictures (assets/screenshots/*.svg) and the HTML export
# of each in headless Chromium, and in Firefox when it is installed, and
# compares every one with rsvg-convert's picture of the same SVG
# (scripts/cell_diff.py). Fails if any differs.
# Needs chromium, rsvg-convert, DejaVu Sans Mono and Pillow; installs them
# when run as root on Debian (Firefox: apt-get install firefox-esr).
set -euo pipefail
cd "$(dirname "$0")/.."
have() { command -v chromium && command -v rsvg-convert && fc-list | grep -q 'DejaVu Sans Mono'; }
if ! have >/dev/null && [ "$(id -u)" = 0 ]; then
  apt-get install -y chromium librsvg2-bin fonts-dejavu-core fontconfig >/dev/null
fi
python3 -c 'import PIL' 2>/dev/null || python3 -m pip install --quiet pillow
cargo build --release --quiet
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
firefox=$(command -v firefox-esr || command -v firefox || true)
browsers=chromium${firefox:+ firefox}
shoot() { # BROWSER FILE WIDTH HEIGHT PNG
  case $1 in
    chromium) chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
      --force-device-scale-factor=1 --window-size="$3,$4" --screenshot="$5" "file://$2" ;;
    firefox) "$firefox" --headless --window-size="$3,$4" --screenshot "$5" "file://$2" ;;
  esac >/dev/null 2>&1
}
status=0
dir=assets/screenshots
while read -r name size keys; do
  svg=$dir/$name.svg
  read -r w h < <(sed -n 's/^<svg [^>]*width="\([0-9]*\)" height="\([0-9]*\)".*/\1 \2/p' "$svg")
  rsvg-convert "$svg" -o "$out/$name.rsvg.png"
  target/release/tradewatch snapshot --size "$size" --keys "$keys" --format html -o "$out/$name.html"
  for browser in $browsers; do
    shoot "$browser" "$PWD/$svg" "$w" "$h" "$out/$name.svg.png"
    # the page pads the picture by 16 px on every side
    shoot "$browser" "$out/$name.html" $((w + 32)) $((h + 32)) "$out/$name.html.png"
    for kind in svg html; do
      crop=0,0
      [ $kind = html ] && crop=16,16
      printf '%-8s %-9s %-5s ' "$name" "$browser" "$kind"
      python3 scripts/cell_diff.py "$out/$name.rsvg.png" "$out/$name.$kind.png" --crop "$crop" || status=1
    done
  done
done < <(grep -v '^#' "$dir/shots.txt" | grep .)
exit $status
