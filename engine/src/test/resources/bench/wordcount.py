# Benchmark: dicts and strings (issue 14): 200,000 words drawn by a linear congruential generator from a
# made-up vocabulary, joined into lines with punctuation, then split, cleaned, counted and ranked.
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "po", "qu", "an"]
PUNCT = ",.;:!?"


def words(n, seed):
    x = seed
    out = []
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        k = 1 + x % 3
        w = ""
        y = x
        for _ in range(k):
            y = y // 12
            w += SYLLABLES[y % 12]
        if x % 7 == 0:
            w = w.capitalize()
        if x % 11 == 0:
            w += PUNCT[x % 6]
        out.append(w)
    return out


ws = words(200000, 42)
lines = [" ".join(ws[i:i + 12]) for i in range(0, len(ws), 12)]
text = "\n".join(lines)

counts = {}
for line in text.splitlines():
    for w in line.split():
        w = w.strip(PUNCT).lower()
        if w:
            counts[w] = counts.get(w, 0) + 1

by_len = {}
for w, c in counts.items():
    by_len.setdefault(len(w), []).append(w)

top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
print(len(lines), len(counts), sum(counts.values()))
for w, c in top:
    print(f"{w:>8} {c}")
print({k: len(v) for k, v in sorted(by_len.items())})
print(max(counts, key=lambda w: (len(w), w)), min(counts, key=len))
