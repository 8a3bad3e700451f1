#!/usr/bin/env bash
# Fetches the GraphiQL page's third-party assets from the npm registry with
# `npm pack`, checks each tarball against the integrity recorded below, and
# copies the browser bundles and their licences next to this script, where
# schema/graphiql.go embeds them. Run it from anywhere; commit what changes.
#
#   schema/graphiql/update.sh            # refetch the pinned versions
#   GRAPHIQL=3.8.3 schema/graphiql/update.sh --print-integrity   # bump: print new hashes
#
# graphiql 3.x is the last line that ships a standalone UMD bundle
# (graphiql.min.js + graphiql.min.css, window.GraphiQL); it needs React 18,
# the last React with UMD builds (umd/*.production.min.js).
set -euo pipefail

GRAPHIQL=${GRAPHIQL:-3.8.3}
REACT=${REACT:-18.3.1}

# sha512 integrity of each tarball, as `npm view PKG@VERSION dist.integrity` reports it.
declare -A INTEGRITY=(
  [graphiql@3.8.3]=sha512-cuPDYtXVKV86Pu5PHBX642Odi/uVEE2y1Jxq5rGO/Qy1G2lRp7ZZ7a/T30RzxhuLSWo9zUbzq0P3U49//H0Ugw==
  [react@18.3.1]=sha512-wS+hAgJShR0KhEvPJArfuPVN1+Hz1t0Y6n5jLrGQbkb4urgPE/0Rve+1kMB1v/oWgHgm4WIcV+i7F2pTVj+2iQ==
  [react-dom@18.3.1]=sha512-5m4nQKp+rZRb09LNH59GM4BxTh9251/ylbKIbpe7TpGxfJ+9kv6BLkLBXIjjspbgbnIBNqlI23tRnTWT0snUIw==
)

here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fetch() { # PKG@VERSION -> directory with the unpacked package
  local spec=$1 tgz
  tgz=$(cd "$work" && npm pack --silent "$spec")
  local got
  got="sha512-$(openssl dgst -sha512 -binary "$work/$tgz" | base64 -w0)"
  if [[ ${PRINT:-} != 1 ]]; then
    if [[ "${INTEGRITY[$spec]:-}" != "$got" ]]; then
      echo "integrity mismatch for $spec: expected ${INTEGRITY[$spec]:-<none recorded>}, got $got" >&2
      exit 1
    fi
  fi
  echo "$spec $got" >&2
  mkdir -p "$work/$spec"
  tar xzf "$work/$tgz" -C "$work/$spec"
  echo "$work/$spec/package"
}

if [[ ${1:-} == --print-integrity ]]; then PRINT=1; fi

g=$(fetch "graphiql@$GRAPHIQL")
r=$(fetch "react@$REACT")
d=$(fetch "react-dom@$REACT")

install -m 0644 "$g/graphiql.min.js" "$here/graphiql.min.js"
install -m 0644 "$g/graphiql.min.css" "$here/graphiql.min.css"
install -m 0644 "$g/LICENSE" "$here/LICENSE.graphiql"
install -m 0644 "$r/umd/react.production.min.js" "$here/react.production.min.js"
install -m 0644 "$r/LICENSE" "$here/LICENSE.react"
install -m 0644 "$d/umd/react-dom.production.min.js" "$here/react-dom.production.min.js"
install -m 0644 "$d/LICENSE" "$here/LICENSE.react-dom"
# The bundle points at a source map we do not ship; drop the pointer so
# browsers do not ask for it.
sed -i '/^\/\/# sourceMappingURL=/d' "$here/graphiql.min.js"

cat > "$here/VERSIONS" <<VERSIONS
graphiql $GRAPHIQL
react $REACT
react-dom $REACT
VERSIONS
echo "updated $here" >&2
