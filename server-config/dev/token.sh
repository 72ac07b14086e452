#!/usr/bin/env bash
# Prints one RS256 JWT that the development server accepts (issuer and key of the development pair,
# audience "prefcenter"), valid for one hour.
#   server-config/dev/token.sh USER ROLES [CLIENT...]
#   TOKEN=$(server-config/dev/token.sh jdoe ProfileEditor DEMO)
# ROLES is comma-separated (ProfileReader,ProfileEditor,ClientAdmin,SystemAdmin); each CLIENT adds
# the scope entry CLIENT/USER. Needs only openssl and coreutils.
set -euo pipefail
if [[ $# -lt 2 ]]; then
    echo "usage: $0 USER ROLES [CLIENT...]" >&2
    exit 64
fi
user="$1" roles="$2"
shift 2
name='^[A-Za-z0-9._@-]+$'
[[ "$user" =~ $name ]] || { echo "USER must match $name" >&2; exit 64; }
here="$(cd "$(dirname "$0")" && pwd)"
dir="${PREFCENTER_DEV_DIR:-$here/../../.prefcenter-dev}"
issuer="${PREFCENTER_DEV_ISSUER:-https://prefcenter.dev/issuer}"
PREFCENTER_DEV_DIR="$dir" bash "$here/keys.sh"

groups="" scope=""
IFS=',' read -ra role_list <<< "$roles"
for role in "${role_list[@]}"; do
    [[ "$role" =~ $name ]] || { echo "role '$role' must match $name" >&2; exit 64; }
    groups="${groups:+$groups,}\"$role\""
done
for client in "$@"; do
    [[ "$client" =~ $name ]] || { echo "client '$client' must match $name" >&2; exit 64; }
    scope="${scope:+$scope }$client/$user"
done

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header='{"alg":"RS256","typ":"JWT"}'
payload="{\"iss\":\"$issuer\",\"aud\":\"prefcenter\",\"sub\":\"$user\",\"upn\":\"$user\",\"groups\":[$groups],\"scope\":\"$scope\",\"iat\":$now,\"exp\":$((now + 3600)),\"jti\":\"$(openssl rand -hex 16)\"}"
signing_input="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
signature="$(printf '%s' "$signing_input" | openssl dgst -sha256 -sign "$dir/private.pem" -binary | b64url)"
printf '%s.%s\n' "$signing_input" "$signature"
