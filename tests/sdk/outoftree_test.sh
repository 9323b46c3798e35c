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

# What a plugin author gets with the SDK: the guide, the components
# reference, the changelog and the example, under share/doc/tessera-sdk.
docs="$prefix/share/doc/tessera-sdk"
for f in plugin-guide.md ui-components.md sdk-changelog.md examples/sleep-diary/CMakeLists.txt; do
    [ -s "$docs/$f" ] || { echo "the SDK install lacks $docs/$f"; exit 1; }
done
# SDK 2.1's header (DueItemSource) is installed with the rest.
[ -s "$prefix/include/tessera/sdk/dueitems.h" ] || { echo "the SDK install lacks include/tessera/sdk/dueitems.h"; exit 1; }
grep -q "class TESSERA_SDK_EXPORT DueItemSource" "$prefix/include/tessera/sdk/dueitems.h" \
    || { echo "the installed dueitems.h does not declare DueItemSource"; exit 1; }
# SDK 2.2's headers (ReportSource, FhirSource) too.
grep -q "class TESSERA_SDK_EXPORT ReportSource" "$prefix/include/tessera/sdk/report.h" \
    || { echo "the SDK install lacks report.h with ReportSource"; exit 1; }
grep -q "class TESSERA_SDK_EXPORT FhirSource" "$prefix/include/tessera/sdk/fhir.h" \
    || { echo "the SDK install lacks fhir.h with FhirSource"; exit 1; }
# No third-party library in the installed interface.
if grep -rlE "#include <(spdlog|fmt|boost)/" "$prefix/include/tessera"; then
    echo "installed SDK headers include spdlog, fmt or Boost"; exit 1
fi
# The installed example, as an author finds it: it cannot reach core/ or the build tree.
cp -r "$docs/examples/sleep-diary" "$work/sleep-diary-src"

step "build the sleep diary example against the installed SDK"
cmake -S "$work/sleep-diary-src" -B "$work/sleep" "${configure_args[@]}" -DCMAKE_PREFIX_PATH="$prefix" >/dev/null
cmake --build "$work/sleep" >/dev/null
step "the example's own tests (PluginHarness from the SDK)"
ctest --test-dir "$work/sleep" --output-on-failure | tail -n 3

step "tessera-cli plugins check"
"$prefix/bin/tessera-cli" plugins check "$work/sleep/plugins/sleep-diary" | tee "$work/sleep-check.txt"
grep -q 'article "keeping-a-sleep-diary" ("Keeping a sleep diary") is in the library' "$work/sleep-check.txt" \
    || { echo "the example's Learn article (issue 25) is not in its library"; exit 1; }

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

step "its article on the Learn page of the installed tessera (issue 25)"
"$prefix/bin/tessera" --demo --plugin-dir "$work/sleep/plugins" --page learn/sleep-diary/keeping-a-sleep-diary \
    --log-level info --screenshot "$work/sleep-article.png" 2> "$work/sleep-article.log" >/dev/null \
    || { cat "$work/sleep-article.log"; exit 1; }
if grep -q "cannot be shown" "$work/sleep-article.log"; then cat "$work/sleep-article.log"; exit 1; fi
echo "sleep-diary/keeping-a-sleep-diary: shown ($(stat -c %s "$work/sleep-article.png") bytes of PNG)"

step "a module from the template, as is"
"$prefix/bin/tessera-cli" plugins new org.example.mood-notes "$work/mood-notes-src" >/dev/null
cmake -S "$work/mood-notes-src" -B "$work/mood-notes" "${configure_args[@]}" -DCMAKE_PREFIX_PATH="$prefix" >/dev/null
cmake --build "$work/mood-notes" >/dev/null
"$prefix/bin/tessera-cli" plugins check "$work/mood-notes/plugins/org.example.mood-notes" | tail -n 1
load_and_show "$work/mood-notes/plugins" org.example.mood-notes main

step "signatures: installed bundled modules verify; a clinic signs an out-of-tree module and requires signatures"
# Installing rewrote the bundled libraries' RPATH; the install step signed them again.
bundled=$(dirname "$(find "$prefix" -path '*/tessera/plugins/journal/plugin.json' | head -n 1)")
"$prefix/bin/tessera-cli" plugins verify "$bundled" --data-dir "$work/data" | grep "^signature: valid" \
    || { "$prefix/bin/tessera-cli" plugins verify "$bundled" --data-dir "$work/data"; exit 1; }
keygen=$("$prefix/bin/tessera-cli" plugins keygen "$work/clinic.key" --name "Test clinic" --data-dir "$work/data")
public=$(printf '%s\n' "$keygen" | sed -n 's/^public key: //p')
[ "$(stat -c %a "$work/clinic.key")" = 600 ] || { echo "the key file is not private"; exit 1; }
"$prefix/bin/tessera-cli" plugins sign "$work/sleep/plugins/sleep-diary" --key "$work/clinic.key" --data-dir "$work/data" | head -n 1
cat > "$work/clinic.json" <<JSON
{ "name": "Test clinic", "moduleTrust": { "requireSignature": true, "trustBundled": true,
  "trustedKeys": [ { "name": "Test clinic", "publicKey": "$public" } ] } }
JSON
list=$("$prefix/bin/tessera-cli" plugins list --profile "$work/clinic.json" --data-dir "$work/data" \
    --plugin-dir "$work/sleep/plugins" --plugin-dir "$work/mood-notes/plugins")
for running in sleep-diary journal cbt; do
    printf '%s\n' "$list" | grep -q "^$running  *[0-9.]*  *running" || { echo "$running should run:"; echo "$list"; exit 1; }
done
printf '%s\n' "$list" | grep -q "^org.example.mood-notes .* rejected  signature: not loaded: .* it is not signed" \
    || { echo "the unsigned template module should be refused:"; echo "$list"; exit 1; }
echo "bundled and clinic-signed modules run under the signing profile; the unsigned one is refused"

step "find_package refuses another major version"
mkdir -p "$work/major3"
cat > "$work/major3/CMakeLists.txt" <<'CMAKE'
cmake_minimum_required(VERSION 3.25)
project(Major3 LANGUAGES CXX)
find_package(TesseraSdk 3 REQUIRED)
CMAKE
if cmake -S "$work/major3" -B "$work/major3/build" -DCMAKE_PREFIX_PATH="$prefix" >"$work/major3.log" 2>&1; then
    echo "find_package(TesseraSdk 3) should have failed"; exit 1
fi
grep -q "TesseraSdk" "$work/major3.log"
echo "SDK 3 request refused by the installed package (version 2.x)"

# refused_manifest <name> <sed expression on the template's plugin.json> <pattern of the message>:
# the template module with its manifest changed so, configured: CMake must stop, saying so.
refused_manifest() {
    cp -r "$work/mood-notes-src" "$work/$1"
    rm -rf "$work/$1/build"
    sed -i "$2" "$work/$1/plugin.json"
    if cmake -S "$work/$1" -B "$work/$1/build" "${configure_args[@]}" -DCMAKE_PREFIX_PATH="$prefix" >"$work/$1.log" 2>&1; then
        echo "$1: the manifest ($2) configured"; exit 1
    fi
    # CMake wraps the message: compare it as one line.
    tr -s '\n ' '  ' < "$work/$1.log" | grep -q "$3" || { cat "$work/$1.log"; exit 1; }
}

step "tessera_add_plugin refuses a manifest for another SDK at configure time"
refused_manifest old-manifest 's/"sdkVersion": "[0-9.]*"/"sdkVersion": "1.2"/' 'says "sdkVersion": "1.2", but this is SDK 2\.[0-9]*'
echo "manifest for SDK 1.2 refused when configuring against SDK 2"

step "tessera_add_plugin refuses a page URL that names none of QML_FILES"
refused_manifest misspelt-page 's/MainPage\.qml/MainPge.qml/' 'pages\[0\]\.url names MainPge\.qml, which is not among QML_FILES'
echo "a misspelt page refused when configuring, naming the field and the file"
echo "out-of-tree: all steps passed"
