#!/usr/bin/env bash
# Applies PrefCenter's CLI scripts to a stopped WildFly, offline (embedded CLI), in order:
#   server-config/wildfly/configure.sh WILDFLY_HOME SERVER_CONFIG [-Dname=value...] SCRIPT.cli...
#   server-config/wildfly/configure.sh /opt/wildfly standalone.xml microprofile.cli datasource-h2.cli
# -D options are system properties of the CLI (datasource-postgresql.cli needs
# -Dprefcenter.postgresql.jar=...). Scripts are named relative to this folder or by path; each is
# idempotent. Against a running server use instead: jboss-cli.sh --connect --file=SCRIPT.cli
set -euo pipefail
if [[ $# -lt 3 ]]; then
    echo "usage: $0 WILDFLY_HOME SERVER_CONFIG [-Dname=value...] SCRIPT.cli..." >&2
    exit 64
fi
home="$1" config="$2"
shift 2
here="$(cd "$(dirname "$0")" && pwd)"
properties=()
while [[ $# -gt 0 && "$1" == -D* ]]; do
    properties+=("$1")
    shift
done
script="$(mktemp "${TMPDIR:-/tmp}/prefcenter-wildfly-XXXXXX.cli")"
trap 'rm -f "$script"' EXIT
{
    echo "embed-server --server-config=$config --std-out=discard"
    for file in "$@"; do
        [[ -f "$file" ]] || file="$here/$file"
        cat "$file"
        echo
    done
    echo "stop-embedded-server"
} > "$script"
"$home/bin/jboss-cli.sh" "${properties[@]}" --file="$script"
