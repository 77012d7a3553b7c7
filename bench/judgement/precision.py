#!/usr/bin/env python3
"""Precision bench: runs a hashvet jar offline over real text no one on the project wrote
(../shared/corpora, see its PROVENANCE.md) and prints, per corpus, the share of rows answered
BLOCK and REVIEW, the rules that fire most and a few examples. Everyday tweets hold real profanity
and news, so the figures are shares, not pass/fail. Nothing from the corpora is written anywhere
but a temporary folder. See bench/judgement/README.md.
"""
import argparse
import collections
import csv
import json
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
EVERYDAY = [("english", "en", "US"), ("spanish", "es", "ES"), ("portuguese", "pt", "BR"),
            ("french", "fr", "FR"), ("german", "de", "DE"), ("italian", "it", "IT"),
            ("arabic", "ar", "SA"), ("hindi", "hi", "IN")]
# Words whose risky sense an idiom may borrow; SemEval rows whose expression holds one are
# reported on their own (idiomatic uses must not be flagged). A bench filter, not a term list.
RISKY_IDIOM_WORDS = {
    "kill", "killer", "killing", "dead", "death", "die", "shot", "shoot", "bomb", "fire",
    "gun", "bullet", "blood", "bloody", "war", "attack", "crash", "murder", "grave", "suicide",
    "bullet", "arms", "weapon", "poison", "drug", "drugs", "hell", "devil", "black", "white",
    "ghost", "knife", "sword", "axe", "hit", "beat", "smoke", "high", "drunk", "wine", "beer",
    "crack", "acid", "trip", "victim", "hostage", "hangover", "slaughter", "execution",
    "morte", "matar", "tiro", "bomba", "fogo", "guerra", "sangue", "arma", "bala", "faca",
    "inferno", "droga", "bêbado", "vítima", "ataque", "preto", "negro", "branco",
}


def seeded(items, n, seed):
    items = list(items)
    if n and len(items) > n:
        random.Random(seed).shuffle(items)
        items = items[:n]
    return items


def read_lines(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return [line.strip() for line in f if line.strip()]


def corpora(root, per_lang, seed):
    """Yields (name, rows) where a row is (id, region, lang, text, label)."""
    every = []
    for name, lang, region in EVERYDAY:
        lines = []
        for split in ("train", "val", "test"):
            path = os.path.join(root, "everyday", f"xlmt_{name}_{split}.txt")
            if os.path.isfile(path):
                lines += read_lines(path)
        for i, t in enumerate(seeded(lines, per_lang, seed)):
            every.append((f"x-{lang}-{i}", region, lang, t, lang))
    yield "everyday tweets (xlm-t, 8 languages)", every
    path = os.path.join(root, "everyday", "tweeteval_emoji_test_en.txt")
    if os.path.isfile(path):
        yield "everyday tweets (tweeteval, en)", [
            (f"e-{i}", "US", "en", t, "en")
            for i, t in enumerate(seeded(read_lines(path), per_lang, seed))]
    slogans = []
    for name in ("slogans_valid.csv", "slogans_test_curated.csv"):
        path = os.path.join(root, "marketing", name)
        if os.path.isfile(path):
            with open(path, encoding="utf-8", newline="") as f:
                for i, r in enumerate(csv.DictReader(f)):
                    if r.get("output", "").strip():
                        slogans.append((f"s-{name[8:12]}-{i}", "US", "en", r["output"].strip(), "en"))
    yield "company slogans (en)", slogans
    path = os.path.join(root, "marketing", "adparaphrase_v2_main_ja.csv")
    if os.path.isfile(path):
        seen = []
        with open(path, encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                for k in ("ad1", "ad2"):
                    if r.get(k, "").strip():
                        seen.append(r[k].strip())
        ads = seeded(sorted(set(seen)), per_lang, seed)
        yield "Japanese search ads", [(f"j-{i}", "JP", "ja", t, "ja") for i, t in enumerate(ads)]
    labels = read_labels(os.path.join(HERE, "hashtag-labels.tsv"))
    path = os.path.join(root, "hashtags", "sp500_brand_hashtags_top1000.csv")
    if os.path.isfile(path):
        with open(path, encoding="utf-8", newline="") as f:
            tags = [r["hashtag"].strip() for r in csv.DictReader(f) if r.get("hashtag", "").strip()]
        yield "S&P 500 brand hashtags", [
            (f"h-{i}", "US", "en", "#" + t, labels.get(t.lower(), "ordinary"))
            for i, t in enumerate(tags)]
    path = os.path.join(root, "hard-negatives", "semeval2022t2_idioms_en_pt_train_zero_shot.csv")
    if os.path.isfile(path):
        rows = []
        with open(path, encoding="utf-8", newline="") as f:
            for i, r in enumerate(csv.DictReader(f)):
                lang = r["Language"].strip().lower()
                # Label 0: the expression is used idiomatically; 1: literally (SemEval 2022 T2 A).
                use = "idiomatic" if r["Label"].strip() == "0" else "literal"
                risky = bool(set(r["MWE"].lower().split()) & RISKY_IDIOM_WORDS)
                label = f"{lang} {use}" + (" risky-word" if risky else "")
                rows.append((f"i-{i}", "US" if lang == "en" else "BR", lang, r["Target"].strip(),
                             label))
        yield "SemEval 2022 idiom sentences (en, pt)", rows


def read_labels(path):
    out = {}
    if os.path.isfile(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip() and not line.startswith("#") and not line.startswith("hashtag\t"):
                    tag, label = line.rstrip("\n").split("\t")[:2]
                    out[tag.lower()] = label
    return out


def run(jar, java_flags, rows, work, name, date):
    cal = os.path.join(work, name + ".csv")
    with open(cal, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\n")
        w.writerow(["id", "publish_at", "timezone", "regions", "languages", "text"])
        for rid, region, lang, text, _ in rows:
            w.writerow([rid, date, "", region, lang, " ".join(text.split())])
    p = subprocess.run(["java"] + java_flags + ["-jar", jar, "calendar", cal, "--offline",
                        "--format", "json", "--no-progress"], capture_output=True, text=True)
    try:
        doc = json.loads(p.stdout)
    except ValueError:
        sys.exit(f"{name}: no JSON from the jar: {p.stderr.strip()[-500:]}")
    out = {}
    for r in doc.get("results", []):
        rules = sorted({f["rule"] for f in r.get("findings", [])
                        if f.get("severity") in ("review", "block")})
        out[r["id"]] = (r["verdict"], rules)
    for e in doc.get("errors", []):
        out[e.get("id")] = ("ERROR", [])
    return out


def pct(a, b):
    return f"{100.0 * a / b:.2f}%" if b else "-"


def report(name, rows, res, examples):
    n = len(rows)
    verdicts = collections.Counter(res.get(r[0], ("ERROR", []))[0] for r in rows)
    print(f"\n== {name} ==")
    print(f"rows {n}: BLOCK {verdicts['BLOCK']} ({pct(verdicts['BLOCK'], n)}),"
          f" REVIEW {verdicts['REVIEW']} ({pct(verdicts['REVIEW'], n)}),"
          f" PASS {verdicts['PASS']}" + (f", not vetted {verdicts['ERROR']}" if verdicts["ERROR"] else ""))
    by_label = collections.defaultdict(collections.Counter)
    for r in rows:
        by_label[r[4]][res.get(r[0], ("ERROR", []))[0]] += 1
    if len(by_label) > 1:
        for label, c in sorted(by_label.items()):
            t = sum(c.values())
            print(f"  {label:28} rows {t:6}  BLOCK {c['BLOCK']:5} ({pct(c['BLOCK'], t):>7})"
                  f"  REVIEW {c['REVIEW']:5} ({pct(c['REVIEW'], t):>7})")
    rules = collections.Counter(rule for r in rows for rule in res.get(r[0], ("", []))[1])
    if rules:
        print("  top rules (rows where the rule decided REVIEW or BLOCK):")
        for rule, c in rules.most_common(10):
            print(f"    {c:6}  {rule}")
    flagged = [r for r in rows if res.get(r[0], ("PASS", []))[0] in ("REVIEW", "BLOCK")]
    for r in flagged[:examples]:
        v, rs = res[r[0]]
        print(f"  e.g. {v:6} [{r[4]}] {r[3][:100]!r}  {' '.join(rs)}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jar", default="target/hashvet.jar")
    ap.add_argument("--corpora", default=os.path.join(HERE, "..", "..", "..", "shared", "corpora"))
    ap.add_argument("--per-language", type=int, default=2000,
                    help="rows sampled per language and per large corpus (seeded; 0 = all)")
    ap.add_argument("--seed", type=int, default=20261207)
    ap.add_argument("--date", default="2026-03-04T12:00",
                    help="publish time of every row (an ordinary Wednesday)")
    ap.add_argument("--examples", type=int, default=5)
    args = ap.parse_args()
    root = os.path.normpath(args.corpora)
    if not os.path.isdir(root):
        sys.exit(f"no corpora at {root} (pass --corpora or set HASHVET_SHARED)")
    java_flags = os.environ.get("JAVA_FLAGS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC").split()
    print(f"jar {args.jar}, corpora {root}, {args.per_language} rows a language, seed {args.seed},"
          f" every row at {args.date} (local), offline")
    with tempfile.TemporaryDirectory() as work:
        for i, (name, rows) in enumerate(corpora(root, args.per_language, args.seed)):
            if rows:
                res = run(args.jar, java_flags, rows, work, f"c{i}", args.date)
                report(name, rows, res, args.examples)


if __name__ == "__main__":
    main()
