#!/usr/bin/env bash
# 启动示范县政务公开平台。缺少的先装上：Node 24 与 pnpm 10（本机 Node 低于 22.12 时，从 npm 仓库装进
# .tools/），依赖（node_modules/，按 pnpm-lock.yaml）。数据在 apps/county-portal/.data/（内嵌 PGlite）。
# Starts the demo county portal, installing what is missing first: Node 24 and pnpm 10 into .tools/
# (when the machine's Node is older than 22.12) and the dependencies into node_modules/.
# Usage: bash demo.sh            GK_TODAY=2027-03-01 bash demo.sh     DATABASE_URL=postgres://… bash demo.sh
set -euo pipefail
cd "$(dirname "$0")"
# shellcheck source=.ci/toolchain.sh
. .ci/toolchain.sh
# A frozen install is a no-op when node_modules already matches the lock file.
pnpm install --frozen-lockfile --reporter=silent
exec pnpm demo "$@"
