#!/usr/bin/env bash
# The plugin developer's path, end to end, with no access to Tessera's
# sources or build tree: install the SDK (and app) into a temporary prefix,
# build the example module and a module made by `tessera-cli plugins new`
# as separate CMake projects against that prefix, check them, and load them
# into the installed tessera with their pages rendered offscreen.
#   outoftree_test.sh <tessera build dir> <tessera source dir>
set -euo pipefail
build_dir=$1
source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
configure_args=()
command -v ninja >/dev/null && configure_args=(-G Ninja)
# A sanitizer build of Tessera needs plugins built the same way (set by CMake).
if [ -n "${TESSERA_OOT_CXX_FLAGS:-}" ]; then
    configure_args+=(-DCMAKE_CXX_COMPILER="${TESSERA_OOT_CXX}" -DCMAKE_CXX_FLAGS="${TESSERA_OOT_CXX_FLAGS}"
                -DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined -DCMAKE_SHARED_LINKER_FLAGS=-fsanitize=address,undefined)
fi
export QT_QPA_PLATFORM=offscreen

step() { echo "== $*"; }

step "install into a temporary prefix"
cmake --install "$build_dir" --prefix "$work/prefix" >/dev/null
prefix="$work/prefix"

# Only the example's own folder is copied: it cannot reach core/ or the build tree.
cp -r "$source_dir/sdk/examples/sleep-diary" "$work/sleep-diary-src"

step "build the sleep diary example against the installed SDK"
cmake -S "$work/sleep-diary-src" -B "$work/sleep" "${configure_args[@]}" -DCMAKE_PREFIX_PATH="$prefix" >/dev/null
cmake --build "$work/sleep" >/dev/null
step "the example's own tests (PluginHarness from the SDK)"
ctest --test-dir "$work/sleep" --output-on-failure | tail -n 3

step "tessera-cli plugins check"
"$prefix/bin/tessera-cli" plugins check "$work/sleep/plugins/sleep-diary"

load_and_show() { # load_and_show <plugin dir> <module id> <page>
    local log="$work/$2.log"
    "$prefix/bin/tessera" --demo --plugin-dir "$1" --page "$2/$3" --log-level info \
        --screenshot "$work/$2.png" 2> "$log" >/dev/null || { cat "$log"; return 1; }
    grep -q "module $2 .* is running" "$log" || { echo "module $2 did not run:"; cat "$log"; return 1; }
    if grep -q "failed to load" "$log"; then echo "page $2/$3 failed:"; cat "$log"; return 1; fi
    [ -s "$work/$2.png" ] || { echo "no screenshot for $2"; return 1; }
    echo "$2: running, page $3 shown ($(stat -c %s "$work/$2.png") bytes of PNG)"
}

step "load the example in the installed tessera"
load_and_show "$work/sleep/plugins" sleep-diary diary

step "a module from the template, as is"
"$prefix/bin/tessera-cli" plugins new org.example.mood-notes "$work/mood-notes-src" >/dev/null
cmake -S "$work/mood-notes-src" -B "$work/mood-notes" "${configure_args[@]}" -DCMAKE_PREFIX_PATH="$prefix" >/dev/null
cmake --build "$work/mood-notes" >/dev/null
"$prefix/bin/tessera-cli" plugins check "$work/mood-notes/plugins/org.example.mood-notes" | tail -n 1
load_and_show "$work/mood-notes/plugins" org.example.mood-notes main

step "find_package refuses another major version"
mkdir -p "$work/major2"
cat > "$work/major2/CMakeLists.txt" <<'CMAKE'
cmake_minimum_required(VERSION 3.25)
project(Major2 LANGUAGES CXX)
find_package(TesseraSdk 2 REQUIRED)
CMAKE
if cmake -S "$work/major2" -B "$work/major2/build" -DCMAKE_PREFIX_PATH="$prefix" >"$work/major2.log" 2>&1; then
    echo "find_package(TesseraSdk 2) should have failed"; exit 1
fi
grep -q "TesseraSdk" "$work/major2.log"
echo "SDK 2 request refused by the installed package (version 1.x)"
echo "out-of-tree: all steps passed"
