#!/usr/bin/env bash
# 运行全部检查和测试，与 CI 相同（.ci/run 调用本脚本）。缺少的先装上：Node 24 与 pnpm 10（装进 .tools/）、
# 依赖（node_modules/）、Debian 的 chromium 与 fonts-noto-cjk、postgresql（以 root 运行且有 apt-get 时）；
# 装不上时用一行说明缺少什么。测试用的 PostgreSQL 服务器只监听 127.0.0.1，结束时停止。
# Runs every check and test, as CI does (.ci/run calls this). Installs what is missing — the
# toolchain into .tools/, the dependencies, Debian's chromium, fonts-noto-cjk and postgresql (as
# root with apt-get) — or says in one line what is missing. The test database listens on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")"
export CI="${CI:-true}"
# shellcheck source=.ci/toolchain.sh
. .ci/toolchain.sh

# What the browser tests and the test database need, from Debian.
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ] || [ ! -d /usr/share/fonts/opentype/noto ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test: installing Debian's chromium and fonts-noto-cjk" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk) >/dev/null
  else
    echo "test: 缺少 Chromium（$chromium）：请安装 chromium 与 fonts-noto-cjk（sudo apt-get install chromium fonts-noto-cjk），或设置 CHROMIUM_PATH / missing Chromium: install chromium and fonts-noto-cjk, or set CHROMIUM_PATH" >&2
    exit 1
  fi
fi

pnpm install --frozen-lockfile
pnpm run format:check
pnpm run lint
pnpm run typecheck
pnpm run check:cycles
pnpm run check:size
pnpm run check:duplicates
pnpm run check:articles
pnpm run check:packages
# What importing one function costs a browser bundle, against tooling/size/budgets.json.
pnpm run check:bundle-size
# The release as `pnpm changeset publish` would make it, without uploading (docs/releasing.md).
pnpm run release:dry-run >/dev/null
# The built packages must run on Node >= 20 (the machine's own node) and in a browser.
if [ -n "${gk_system_node:-}" ] && [ "$gk_system_node" != "$(command -v node)" ]; then
  "$gk_system_node" tooling/smoke/runtime.cjs
fi
node tooling/smoke/browser.mjs
# A vendor's project: the packed tarballs installed with npm --engine-strict (Node 20), every guide
# run from them on Node 20 and 24, ESM and CommonJS, and type-checked against their declarations.
node tooling/guides/consumer.ts
# The docs site (guides and API reference) and how much of the API is described.
pnpm run docs
pnpm run check:docs-coverage
# The store's tests also run on a real PostgreSQL server (installed from Debian when missing).
pg_log="$(mktemp)"
GK_TEST_DATABASE_URL="$(bash .ci/postgres.sh 2>"$pg_log")" || {
  cat "$pg_log" >&2
  exit 1
}
export GK_TEST_DATABASE_URL
# A server this run started stops when the run ends, however it ends; one already running stays.
if grep -q 'postgres.sh: started' "$pg_log"; then trap 'bash .ci/postgres.sh stop' EXIT; fi
cat "$pg_log" >&2
pnpm test
