# shellcheck shell=sh
# Source this file (`. .ci/toolchain.sh`, from bash, zsh or sh) to get Node >= 22.12 and pnpm 10 on PATH.
# When the machine's own node is older, Node 24 and pnpm are installed from the npm
# registry into the git-ignored folder .tools/ (about 10 s, once).
# Where this file is, in bash, zsh and a plain sh (which cannot tell: then the current directory,
# so source it from the repository's root).
if [ -n "${BASH_VERSION:-}" ]; then
  eval 'gk_source="${BASH_SOURCE[0]}"'
elif [ -n "${ZSH_VERSION:-}" ]; then
  eval 'gk_source="${(%):-%x}"'
else
  gk_source=".ci/toolchain.sh"
fi
gk_root="$(cd "$(dirname "$gk_source")/.." && pwd)"
gk_tools="$gk_root/.tools"
gk_pnpm_version="10.34.9"
# The machine's own node, before .tools/ is put first on PATH (the libraries must run on Node >= 20).
gk_system_node="$(command -v node 2>/dev/null || true)"
export gk_system_node

gk_node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if [ -x "$gk_tools/node_modules/.bin/node" ]; then
  export PATH="$gk_tools/node_modules/.bin:$PATH"
fi
if ! gk_node_ok || ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$gk_pnpm_version" ]; then
  echo "toolchain: installing node@24 and pnpm@$gk_pnpm_version into .tools/" >&2
  mkdir -p "$gk_tools"
  npm install --prefix "$gk_tools" --no-save --no-audit --no-fund --loglevel=error \
    node@24 "pnpm@$gk_pnpm_version" >&2
  export PATH="$gk_tools/node_modules/.bin:$PATH"
fi
gk_node_ok || { echo "toolchain: Node >= 22.12 is required" >&2; return 1 2>/dev/null || exit 1; }
echo "toolchain: node $(node --version), pnpm $(pnpm --version)" >&2
