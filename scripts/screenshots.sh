#!/usr/bin/env bash
# Screenshots of the overview, pair, event and document pages, written to out/screenshots/.
#
#   scripts/screenshots.sh [STORE.duckdb] [PAIR]
#
# Without a store, ingests ../shared/examples and ../shared/gold/dev into a temporary one.
# PAIR (default KAZ-BEL, else the most active pair) picks the pair page; its first event and
# that event's first report give the event and document pages. Serves on a free loopback
# port and uses Debian's headless chromium (scripts/install-browser.sh installs it).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PY=${PYTHON:-$ROOT/.venv/bin/python}
OUT=$ROOT/out/screenshots
mkdir -p "$OUT"
WORK=$(mktemp -d)
SERVER_PID=""
cleanup() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

bash scripts/install-browser.sh || { echo "screenshots: chromium is not installed" >&2; exit 1; }

DB=${1:-}
if [ -z "$DB" ]; then
    DB=$WORK/store.duckdb
    "$PY" -m legation ingest ../shared/examples ../shared/gold/dev --db "$DB" >/dev/null
fi
PORT=$("$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE=http://127.0.0.1:$PORT
"$PY" -m legation serve --db "$DB" --host 127.0.0.1 --port "$PORT" >/dev/null &
SERVER_PID=$!
for _ in $(seq 1 100); do
    curl -fsS "$BASE/?format=json" >/dev/null 2>&1 && break
    sleep 0.2
done

# overview, pair, event and document paths, found through the JSON twins
mapfile -t PAGES < <("$PY" - "$BASE" "${2:-KAZ-BEL}" <<'PYEOF'
import json, sys, urllib.request
from urllib.parse import quote
base, wanted = sys.argv[1], sys.argv[2]
def get(path):
    sep = "&" if "?" in path else "?"
    try:
        with urllib.request.urlopen(f"{base}{path}{sep}format=json", timeout=30) as r:
            return json.loads(r.read())
    except OSError:
        return None
print("overview /")
overview = get("/")
pair = get(f"/pair/{quote(wanted)}")
if pair is None and overview["pairs"]:
    pair = get(f"/pair/{quote(overview['pairs'][0]['pair'])}")
if pair is not None:
    print(f"pair /pair/{quote(pair['pair'])}")
    events = pair["events"] or overview["events"]
    event = next((e for e in events if e["n_documents"] > 1), events[0] if events else None)
    if event is not None:
        path = f"/event/{quote(event['id'], safe='')}"
        print(f"event {path}")
        reports = get(path)["reports"]
        if reports:
            print(f"document /document/{reports[0]['document']}")
PYEOF
)
for line in "${PAGES[@]}"; do
    name=${line%% *}; path=${line#* }
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --disable-dev-shm-usage --hide-scrollbars --user-data-dir="$WORK/profile-$name" \
        --window-size=1280,2400 --screenshot="$OUT/$name.png" "$BASE$path" >/dev/null 2>&1
    echo "$OUT/$name.png  <- $path"
done
