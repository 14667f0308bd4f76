#!/usr/bin/env python3
"""Check a graph's person nodes against the true identities of a synthetic corpus.

Usage:
  identities.py --gold DIR/gold --graph GRAPH.json [--verbose]

score.py counts as duplicates the extra nodes of every gold person name, so
planned homonyms (two people with one name), kept apart as they should be,
count there too. The generator writes each official's identity ("id": "p123")
into the gold persons; this script uses it to tell the two cases apart:

- merged: a person node that stands for two or more true people (homonyms
  merged: wrong);
- split: a true person spread over two or more nodes (a career across
  districts, or a city official seen from several districts: a duplicate);
- expected: the name-collision count score.py would report if the graph had
  exactly one node per true person.

Standard library only.
"""
import argparse
import glob
import json
import os
import sys
import unicodedata
from collections import defaultdict

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "eval"))


def norm(s):
    return unicodedata.normalize("NFC", s).lower().replace("uỷ", "ủy").replace("oà", "òa").strip()


def fold(s):
    try:
        from score import norm as snorm  # the scorer's folding, when shared/ is beside the repo
        return snorm(s)
    except ImportError:
        return norm(s)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--graph", required=True)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()

    # (article, folded name) -> true id
    truth = {}
    ids_of_name = defaultdict(set)
    for path in sorted(glob.glob(os.path.join(args.gold, "*.json"))):
        with open(path, encoding="utf-8") as f:
            g = json.load(f)
        for p in g["persons"]:
            pid = p.get("id") or ("c:" + g["article"] + ":" + p["name"])
            truth[(g["article"], fold(p["name"]))] = pid
            ids_of_name[fold(p["name"])].add(pid)

    with open(args.graph, encoding="utf-8") as f:
        graph = json.load(f)
    node_ids = defaultdict(set)  # node -> true ids
    nodes_of_id = defaultdict(set)  # true id -> nodes
    for n in graph.get("nodes", []):
        if str(n.get("type", "")).lower() != "person":
            continue
        name = fold(n["name"])
        for s in n.get("sources", []):
            art = s if isinstance(s, str) else (s.get("article") or s.get("id"))
            pid = truth.get((art, name))
            if pid:
                node_ids[n["id"]].add(pid)
                nodes_of_id[pid].add(n["id"])

    merged = {n: ids for n, ids in node_ids.items() if len(ids) > 1}
    split = {pid: ns for pid, ns in nodes_of_id.items() if len(ns) > 1}
    expected = sum(len(ids) - 1 for ids in ids_of_name.values() if len(ids) > 1)
    homonym_names = sum(1 for ids in ids_of_name.values() if len(ids) > 1)
    print(f"true persons: {len(nodes_of_id)}  person nodes: {len(node_ids)}")
    print(f"names shared by several true persons: {homonym_names} "
          f"(score.py counts {expected} duplicate nodes for them even when kept apart)")
    print(f"merged nodes (homonyms together): {len(merged)}")
    print(f"split persons (one person, several nodes): {len(split)}, "
          f"extra nodes {sum(len(ns) - 1 for ns in split.values())}")
    if args.verbose:
        for n, ids in sorted(merged.items()):
            print(f"  merged {n}: {sorted(ids)}")
        for pid, ns in sorted(split.items()):
            print(f"  split {pid}: {sorted(ns)}")


if __name__ == "__main__":
    main()
