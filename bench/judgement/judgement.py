#!/usr/bin/env python3
"""Judgement bench: runs a hashvet jar over the case files in bench/judgement/cases and prints,
per file and category, how many risky posts were flagged at (or above) their expected verdict and
how many benign posts were flagged above their acceptable verdict. See bench/judgement/README.md.

Every case without a sample goes into one calendar file vetted in one JVM (calendar --offline);
results are matched to cases by row id. A sample is the context of every row of a run
(docs/sample-format.md), so the cases with a sample are piped through one `hashvet shell` (one JVM,
the same pipeline as `check`), grouped by sample file, with `:sample FILE`, `:zone`, `:at`,
`:region` and `:lang` before each post and `:format json`; answers are matched back by their text.
"""
import argparse
import collections
import concurrent.futures
import csv
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
RANK = {"PASS": 0, "REVIEW": 1, "BLOCK": 2}
COLUMNS = ["id", "kind", "category", "expect", "publish_at", "timezone", "regions", "languages",
           "text", "sample", "source"]


def read_cases(pattern):
    cases, problems, seen = [], [], set()
    for path in sorted(glob.glob(pattern)):
        group = os.path.splitext(os.path.basename(path))[0]
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                fields = line.split("\t")
                if fields[0] == "id":
                    if fields != COLUMNS:
                        problems.append(f"{path}:{n}: header must be {' '.join(COLUMNS)}")
                    continue
                if len(fields) != len(COLUMNS):
                    problems.append(f"{path}:{n}: {len(fields)} fields, want {len(COLUMNS)}")
                    continue
                c = dict(zip(COLUMNS, fields))
                c["group"], c["where"] = group, f"{path}:{n}"
                if c["id"] in seen:
                    problems.append(f"{path}:{n}: duplicate id {c['id']}")
                    continue
                if c["kind"] not in ("risky", "benign") or c["expect"] not in RANK:
                    problems.append(f"{path}:{n}: kind must be risky|benign, expect PASS|REVIEW|BLOCK")
                    continue
                if c["kind"] == "risky" and c["expect"] == "PASS":
                    problems.append(f"{path}:{n}: a risky case expects REVIEW or BLOCK")
                    continue
                if c["sample"] and not os.path.isfile(os.path.join(HERE, "samples", c["sample"])):
                    problems.append(f"{path}:{n}: no sample file samples/{c['sample']}")
                    continue
                seen.add(c["id"])
                cases.append(c)
    return cases, problems


def write_calendar(cases, path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\n")
        w.writerow(["id", "publish_at", "timezone", "regions", "languages", "text"])
        for c in cases:
            w.writerow([c["id"], c["publish_at"], c["timezone"], c["regions"], c["languages"],
                        c["text"]])


def rules_of(result):
    return [f"{f['rule']}:{f['severity']}" for f in result.get("findings", [])
            if f.get("severity") in ("review", "block")]


def run_shell(jar, java_flags, cases):
    """Vets cases that carry a sample through one piped `hashvet shell`."""
    lines = [":format json"]
    current = None
    for c in sorted(cases, key=lambda c: c["sample"]):
        if c["sample"] != current:
            current = c["sample"]
            lines.append(":sample " + os.path.join(HERE, "samples", current))
        lines += [":zone " + (c["timezone"] or "UTC"), ":at " + c["publish_at"],
                  ":region " + (c["regions"].replace(";", ",") or "global"),
                  ":lang " + (c["languages"].replace(";", ",") or "default"),
                  " ".join(c["text"].split())]
    order = [c for c in sorted(cases, key=lambda c: c["sample"])]
    p = subprocess.run(["java"] + java_flags + ["-jar", jar, "shell"], input="\n".join(lines) + "\n",
                       capture_output=True, text=True)
    answers, dec, end = [], json.JSONDecoder(), 0
    for m in re.finditer(r"(?m)^\{", p.stdout):
        if m.start() < end:
            continue
        try:
            obj, end = dec.raw_decode(p.stdout, m.start())
        except ValueError:
            continue
        answers.append(obj)
    out, k = {}, 0
    for c in order:
        want = " ".join(c["text"].split())
        if k < len(answers) and answers[k].get("input", {}).get("text", "").strip() == want:
            out[c["id"]] = {"verdict": answers[k].get("verdict", "ERROR"), "rules": rules_of(answers[k])}
            k += 1
        else:
            out[c["id"]] = {"verdict": "ERROR", "rules": [],
                            "error": "no answer from the shell for this post"}
    return out


def run_jar(jar, java_flags, cases, workdir, name):
    cal = os.path.join(workdir, name + ".csv")
    write_calendar(cases, cal)
    cmd = ["java"] + java_flags + ["-jar", jar, "calendar", cal, "--format", "json",
                                   "--no-progress", "--offline"]
    p = subprocess.run(cmd, capture_output=True, text=True)
    out = {}
    try:
        doc = json.loads(p.stdout)
    except ValueError:
        msg = (p.stderr.strip().splitlines() or ["no output"])[-1]
        return {c["id"]: {"verdict": "ERROR", "rules": [], "error": msg} for c in cases}
    for r in doc.get("results", []):
        out[r.get("id")] = {"verdict": r.get("verdict", "ERROR"), "rules": rules_of(r)}
    for e in doc.get("errors", []):
        out[e.get("id")] = {"verdict": "ERROR", "rules": [], "error": e.get("message", "")}
    return out


def pct(a, b):
    return f"{100.0 * a / b:5.1f}%" if b else "    -"


def report(cases, results, verbose):
    by_group = collections.OrderedDict()
    for c in cases:
        by_group.setdefault(c["group"], []).append(c)
    totals = collections.Counter()
    for group, items in by_group.items():
        print(f"\n== {group} ==")
        print(f"{'category':34} {'risky':>5} {'flagged':>7} {'recall':>7} {'at BLOCK':>8}"
              f" | {'benign':>6} {'false REVIEW':>12} {'false BLOCK':>11}")
        stats = collections.OrderedDict()
        for c in items:
            s = stats.setdefault(c["category"], collections.Counter())
            v = results.get(c["id"], {"verdict": "ERROR"})["verdict"]
            got = RANK.get(v, -1)
            if c["kind"] == "risky":
                s["risky"] += 1
                s["hit"] += got >= RANK[c["expect"]]
                s["block"] += got == 2
                s["block_want"] += c["expect"] == "BLOCK"
            else:
                s["benign"] += 1
                s["f_review"] += got == 1 and RANK[c["expect"]] < 1
                s["f_block"] += got == 2 and RANK[c["expect"]] < 2
            s["errors"] += v == "ERROR"
        gsum = collections.Counter()
        for cat, s in sorted(stats.items()):
            gsum.update(s)
            print(f"{cat:34} {s['risky']:5} {s['hit']:7} {pct(s['hit'], s['risky']):>7}"
                  f" {s['block']:8} | {s['benign']:6} {s['f_review']:12} {s['f_block']:11}")
        print(f"{'TOTAL ' + group:34} {gsum['risky']:5} {gsum['hit']:7}"
              f" {pct(gsum['hit'], gsum['risky']):>7} {gsum['block']:8} | {gsum['benign']:6}"
              f" {gsum['f_review']:12} {gsum['f_block']:11}"
              + (f"   ({gsum['errors']} rows not vetted)" if gsum["errors"] else ""))
        totals.update(gsum)
    print(f"\n{'ALL':34} {totals['risky']:5} {totals['hit']:7} {pct(totals['hit'], totals['risky']):>7}"
          f" {totals['block']:8} | {totals['benign']:6} {totals['f_review']:12}"
          f" {totals['f_block']:11}")
    print(f"recall {pct(totals['hit'], totals['risky']).strip()} of {totals['risky']} risky posts;"
          f" false flags {pct(totals['f_review'] + totals['f_block'], totals['benign']).strip()}"
          f" of {totals['benign']} benign posts ({totals['f_block']} BLOCK,"
          f" {totals['f_review']} REVIEW)")
    if verbose:
        print("\nmisses (risky below expected) and false flags (benign above acceptable):")
        for c in cases:
            r = results.get(c["id"], {"verdict": "ERROR", "rules": []})
            got = RANK.get(r["verdict"], -1)
            want = RANK[c["expect"]]
            bad = got < want if c["kind"] == "risky" else got > want
            if bad or r["verdict"] == "ERROR":
                mark = "MISS " if c["kind"] == "risky" else "FALSE"
                detail = r.get("error") or " ".join(r.get("rules", []))
                print(f"{mark} {c['id']:12} {c['category']:24} want {'>=' if c['kind'] == 'risky' else '<='}"
                      f"{c['expect']:6} got {r['verdict']:6} {c['text'][:90]!r} {detail}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jar", default="target/hashvet.jar")
    ap.add_argument("--cases", default=os.path.join(HERE, "cases", "*.tsv"))
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    java_flags = os.environ.get("JAVA_FLAGS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC").split()
    cases, problems = read_cases(args.cases)
    for p in problems:
        print("case file problem:", p, file=sys.stderr)
    print(f"jar {args.jar}: {len(cases)} cases from {args.cases}")
    plain = [c for c in cases if not c["sample"]]
    sampled = [c for c in cases if c["sample"]]
    results = {}
    with tempfile.TemporaryDirectory() as work, \
            concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        futures = []
        if plain:
            futures.append(pool.submit(run_jar, args.jar, java_flags, plain, work, "calendar"))
        if sampled:
            futures.append(pool.submit(run_shell, args.jar, java_flags, sampled))
        for f in futures:
            results.update(f.result())
    print(f"{len(plain)} cases through calendar --offline, {len(sampled)} with a sample through"
          f" one shell ({len({c['sample'] for c in sampled})} samples)")
    report(cases, results, args.verbose)


if __name__ == "__main__":
    main()
