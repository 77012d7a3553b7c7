#!/usr/bin/env python3
"""Writes every example text of the bundled rule packs and term lists as one JSON calendar (for
bench/identical.sh): a rule's flag and pass examples with their own date, markets and languages,
a term list's match and no_match examples in its language. Examples with recorded context are
vetted offline like the rest (what matters is that two builds answer alike).

Usage: bench/examples-calendar.py hashvet-core/src/main/resources > examples.json
"""
import json
import os
import sys

import yaml

AT = "2027-03-03T15:00:00Z"


def rows_of(path, doc):
    if not isinstance(doc, dict):
        return
    for rule in doc.get("rules") or []:
        examples = rule.get("examples") or {}
        for kind in ("flag", "pass"):
            for i, ex in enumerate(examples.get(kind) or []):
                if isinstance(ex, str):
                    ex = {"text": ex}
                row = {"id": f"{rule.get('id')}/{kind}/{i}", "text": ex.get("text", ""),
                       "publish_at": str(ex.get("at", AT))}
                if ex.get("regions"):
                    row["regions"] = ex["regions"]
                if ex.get("languages"):
                    row["languages"] = ex["languages"]
                yield row
    if "list" in doc:
        examples = doc.get("examples") or {}
        for kind in ("match", "no_match"):
            for i, text in enumerate(examples.get(kind) or []):
                yield {"id": f"{path}/{kind}/{i}", "text": str(text), "publish_at": AT,
                       "languages": [doc.get("lang", "en").split("-")[0]]}


def main():
    root = sys.argv[1]
    rows = []
    for folder in ("rules", "terms"):
        for dirpath, _, files in sorted(os.walk(os.path.join(root, folder))):
            for name in sorted(files):
                if name.endswith(".yml"):
                    path = os.path.join(dirpath, name)
                    with open(path, encoding="utf-8") as f:
                        rows.extend(rows_of(os.path.relpath(path, root), yaml.safe_load(f)))
    json.dump([r for r in rows if r["text"].strip()], sys.stdout, ensure_ascii=False, indent=1)


main()
