#!/usr/bin/env bash
# For the maintainer, after merging branches written before the formatter landed: adds `@since 0.1.0` to the public
# types that lack it (everything is new in 0.1.0), formats every Java source of every module with spring-javaformat,
# then runs the style checks (formatter and checkstyle, no compilation) and lists what is left to fix by hand.
# It commits nothing: review with `git diff`, commit, then run `./mvnw -B verify`.
set -euo pipefail
cd "$(dirname "$0")/.."

# @since before the closing line of the class Javadoc of each public top-level type in the main sources of the
# published modules (the check: src/checkstyle, id javadocSince). A type without any Javadoc is left to the checks.
python3 - <<'PY'
import pathlib, re
added = 0
roots = ['minio-spring-boot-autoconfigure', 'minio-spring-boot-test', 'minio-spring-boot-test-server']
for path in sorted(p for root in roots for p in pathlib.Path(root, 'src/main/java').rglob('*.java')):
    lines = open(path).read().split('\n')
    decl = next((i for i, l in enumerate(lines) if re.match(r'public\s', l)), None)
    if decl is None:
        continue
    end = next((i for i in range(decl - 1, -1, -1) if lines[i].strip().endswith('*/')), None)
    start = None if end is None else next(i for i in range(end, -1, -1) if '/**' in lines[i] or '/*' in lines[i])
    if start is None or '/**' not in lines[start] or any('@since' in l for l in lines[start:end + 1]):
        continue
    if start == end:
        lines[start:end + 1] = ['/**', ' * ' + lines[start].strip()[3:-2].strip(), ' *', ' * @since 0.1.0', ' */']
    else:
        at = next((i for i in range(start, end) if re.match(r'\s*\* @(see|deprecated)\b', lines[i])), end)
        tagged = re.match(r'\s*\* @', lines[at - 1]) or lines[at - 1].strip() == '*'
        lines[at:at] = [' * @since 0.1.0'] if tagged else [' *', ' * @since 0.1.0']
    open(path, 'w').write('\n'.join(lines))
    added += 1
print(f'@since 0.1.0 added to {added} public types')
PY

./mvnw -B -q spring-javaformat:apply
echo "spring-javaformat:apply changed $(git diff --name-only -- '*.java' | wc -l) Java files (with the @since above)"

if ./mvnw -B -q spring-javaformat:validate checkstyle:check > style-check.log 2>&1; then
    echo "Style checks pass"
    rm -f style-check.log
else
    grep -E '^\[(ERROR|WARN)\] /' style-check.log | sort -u || true
    echo "Style checks fail: the violations above are to be fixed by hand (full log: style-check.log)" >&2
    exit 1
fi
