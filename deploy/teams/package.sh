#!/usr/bin/env bash
# Builds the Teams app package to upload in Teams (Apps > Manage your apps > Upload an app)
# or in the Teams admin center: a zip holding manifest.json, color.png and outline.png at
# its root and nothing else, with the placeholders in manifest.json filled in.
#
# Usage: deploy/teams/package.sh BOT_ID [OUTPUT_ZIP]
#   BOT_ID        the bot's Microsoft App ID (the "botIdentityClientId" output of
#                 deploy/azure/main.bicep for UserAssignedMSI, or the app registration's id)
#   OUTPUT_ZIP    default: artifacts/teams/supportbot-teams.zip under the repository root
# Environment:
#   TEAMS_APP_ID  the Teams app's own id (a GUID); default BOT_ID. Keep it stable across
#                 versions so an upload updates the app instead of adding a second one.
#   SITE_URL      https origin for the developer, privacy and terms links;
#                 default https://support.example.com
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$here/../.." && pwd)"

if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "usage: $0 BOT_ID [OUTPUT_ZIP]" >&2
  exit 2
fi

guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
bot_id="$1"
teams_app_id="${TEAMS_APP_ID:-$bot_id}"
site_url="${SITE_URL:-https://support.example.com}"
site_url="${site_url%/}"
output="${2:-$repo_root/artifacts/teams/supportbot-teams.zip}"

for value in "$bot_id" "$teams_app_id"; do
  if [[ ! $value =~ $guid ]]; then
    echo "not a GUID: $value" >&2
    exit 2
  fi
done
if [[ ! $site_url =~ ^https://[^/[:space:]\"]+(/[^[:space:]\"]*)?$ ]]; then
  echo "SITE_URL must be an https URL: $site_url" >&2
  exit 2
fi

mkdir -p "$(dirname "$output")"

# python3's standard library writes the zip: no zip tool is guaranteed on build machines.
BOT_ID="$bot_id" TEAMS_APP_ID="$teams_app_id" SITE_URL="$site_url" \
python3 - "$here" "$output" <<'PY'
import json, os, re, sys, zipfile

source, output = sys.argv[1], sys.argv[2]
with open(os.path.join(source, "manifest.json"), encoding="utf-8") as f:
    manifest = f.read()
for name in ("BOT_ID", "TEAMS_APP_ID", "SITE_URL"):
    manifest = manifest.replace("${{%s}}" % name, os.environ[name])
left = re.findall(r"\$\{\{\w+\}\}", manifest)
if left:
    sys.exit("unfilled placeholders in manifest.json: " + ", ".join(sorted(set(left))))
json.loads(manifest)  # fail here rather than in Teams if the result is not JSON

# Fixed timestamps keep the package byte-for-byte reproducible.
def add(archive, name, data):
    info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    archive.writestr(info, data)

with zipfile.ZipFile(output, "w") as archive:
    add(archive, "manifest.json", manifest.encode("utf-8"))
    for icon in ("color.png", "outline.png"):
        with open(os.path.join(source, icon), "rb") as f:
            add(archive, icon, f.read())
PY
echo "$output"
