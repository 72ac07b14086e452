#!/usr/bin/env bash
# Creates the development RSA key pair once, in .prefcenter-dev/ beside the pom (never committed).
# The run command and the tests trust its public key; token.sh signs with its private key.
set -euo pipefail
dir="${PREFCENTER_DEV_DIR:-$(cd "$(dirname "$0")/../.." && pwd)/.prefcenter-dev}"
if [[ -s "$dir/private.pem" && -s "$dir/public.pem" ]]; then
    exit 0
fi
mkdir -p "$dir"
chmod 700 "$dir"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/private.pem" 2>/dev/null
openssl pkey -in "$dir/private.pem" -pubout -out "$dir/public.pem"
chmod 600 "$dir/private.pem"
echo "created development key pair in $dir" >&2
