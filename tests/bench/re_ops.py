# re_ops: regular expressions over generated log lines: re.match/search per line, findall, sub, split, groups
# small: 1500
import re
import sys

WORDS = ["alpha", "beta", "gamma", "delta", "error", "warn", "info", "user", "disk", "net"]


def make_lines(n):
    seed = 7
    lines = []
    for i in range(n):
        parts = []
        for _ in range(6):
            seed = (seed * 1103515245 + 12345) % 2147483648
            r = (seed >> 16) % 40
            if r < 10:
                parts.append(WORDS[r])
            elif r < 20:
                parts.append(str(seed % 10000))
            elif r < 25:
                parts.append("%d.%d" % (seed % 100, seed % 7))
            else:
                parts.append(WORDS[r % 10] + str(r))
        lines.append("%04d-%02d-%02d %s: %s" % (2000 + i % 25, 1 + i % 12, 1 + i % 28, WORDS[i % 10], " ".join(parts)))
    return lines


def run(lines):
    date = re.compile(r"(\d{4})-(\d\d)-(\d\d) (\w+):")
    total = 0
    matched = 0
    errors = 0
    words = 0
    numbers = 0
    subbed = 0
    pieces = 0
    for line in lines:
        m = date.match(line)
        if m:
            matched += 1
            total += int(m.group(1)) + int(m.group(3))
        if re.search(r"\berror\b", line):
            errors += 1
        words += len(re.findall(r"[a-z]+", line))
        for x in re.findall(r"\d+(?:\.\d+)?", line):
            numbers += len(x)
        subbed += len(re.sub(r"\d+", "#", line))
        pieces += len(re.split(r"\s+", line))
        if re.fullmatch(r"[\w\s:.-]+", line) is None:
            errors += 1000
    return matched, total, errors, words, numbers, subbed, pieces


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 90000
    lines = make_lines(n)
    print(*run(lines))


main()
