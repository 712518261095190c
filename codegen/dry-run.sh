#!/usr/bin/env bash
# The wiring step, tried without touching this tree: copies the tracked files to a temporary folder,
# replaces the three product modules' hand-written main sources with what the generator writes from
# their models, and runs the suites that must stay green (product modules, emulator, reliability,
# contract tests). Offline, no install. Usage: codegen/dry-run.sh [folder]   (default: a new temp folder)
set -euo pipefail
root=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
dry=${1:-$(mktemp -d)}
mkdir -p "$dry"
git -C "$root" ls-files | (cd "$root" && tar -cf - -T -) | tar -xf - -C "$dry"
cd "$dry"
mvn -B -o -q -pl codegen -am test-compile dependency:build-classpath -Dmdep.outputFile="$dry/codegen.cp" \
    -Dmdep.includeScope=runtime
cp="codegen/target/classes:$(cat codegen.cp)"
for pair in sdk-cms:cms-2019-01-01 sdk-arms:arms-2019-08-08 sdk-resourcedirectory:resourcedirectory-2022-04-19; do
  module=${pair%%:*}
  rm -rf "$module/src/main/java"
  java -cp "$cp" io.github.acs4j.codegen.Generator "$module/src/main/java" "$module/src/main/api/${pair#*:}.json"
done
mvn -B -o -pl sdk-cms,sdk-arms,sdk-resourcedirectory,sdk-emulator,reliability,contract-tests -am test \
    | grep -E "Building acs4j|Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$|BUILD"
echo "dry run in $dry"
