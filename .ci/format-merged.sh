#!/usr/bin/env bash
# For the maintainer, after merging branches written before the formatter landed: formats every Java source of every
# module with spring-javaformat, then runs the style checks (formatter and checkstyle, no compilation) and lists what
# is left to fix by hand. It changes files and commits nothing: review with `git diff`, commit, then `./mvnw -B verify`.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q spring-javaformat:apply
echo "spring-javaformat:apply changed $(git diff --name-only -- '*.java' | wc -l) Java files"

if ./mvnw -B -q spring-javaformat:validate checkstyle:check > style-check.log 2>&1; then
    echo "Style checks pass"
    rm -f style-check.log
else
    grep -E '^\[(ERROR|WARN)\] /' style-check.log | sort -u || true
    echo "Style checks fail: the violations above are to be fixed by hand (full log: style-check.log)" >&2
    exit 1
fi
