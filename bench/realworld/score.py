#!/usr/bin/env python3
"""Scores `puente parse` on the real-article set against gold.json.

Each case is parsed alone (a one-article corpus with the case's publisher, url and publication date in its
manifest), so a fact is judged against the article it came from. Per family: maximum one-to-one matching of
Puente's facts to gold facts, then precision, recall and F1 over all cases of a part. Prints a table per part
(tune and heldout), then, for the tune part only unless --details-for says otherwise, every missed gold fact and
every false fact.

    python3 bench/realworld/score.py                       # both tables, tune details
    python3 bench/realworld/score.py --part tune --case sa03
    python3 bench/realworld/score.py --json out.json        # per-family counts for both parts
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FAMILIES = ("meetings", "agreements", "trade", "bri")
CONFIDENT = 0.8
NAME_NOISE = {"mr", "mrs", "ms", "dr", "president", "premier", "minister", "prime", "foreign", "vice", "chinese",
              "da", "de", "del", "dos", "das", "do", "la", "las", "los", "y", "e", "van", "von", "jr", "sr"}


def fold(text):
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def name_words(name):
    words = "".join(c if c.isalnum() else " " for c in fold(name)).split()
    return [w for w in words if len(w) >= 2 and w not in NAME_NOISE]


def same_person(gold_name, system_name):
    """A distinctive part in common: "Lula" finds "Luiz Inácio Lula da Silva"; a first word that two full names
    share and nothing else ("Li Zhanshu", "Li Keqiang"; "Juan Carlos Varela", "Juan Manuel Santos") is not enough."""
    gold, system = name_words(gold_name), name_words(system_name)
    common = set(gold) & set(system)
    if len(gold) >= 2 and len(system) >= 2 and gold[0] == system[0]:
        common.discard(gold[0])
    return bool(common)


def date_fits(gold, system):
    """A gold date is met by a system date at the gold's precision; a gold null is met by anything."""
    if gold is None:
        return True
    return system is not None and str(system).startswith(str(gold))


# Matching predicates: (gold fact, system fact) -> bool

def meeting_matches(gold, system):
    if sorted(gold["countries"]) != sorted(system["countries"]) or not date_fits(gold.get("date"), system["date"]):
        return False
    names = [p["name"] for p in system["participants"]]
    return all(any(same_person(g, s) for s in names) for g in gold.get("participants") or [])


def agreement_matches(gold, system):
    if sorted(gold["parties"]) != sorted(system["parties"]) or not date_fits(gold.get("signed"), system["signed"]):
        return False
    words = set("".join(c if c.isalnum() else " " for c in fold(
        " ".join([system["title"], system["kind"]] + system["sectors"]))).split())
    return any(keyword_found(k, words) for k in gold.get("keywords") or [])


def keyword_found(keyword, words):
    """A keyword is found when each of its words ("bio-medics": "bio", "medics") starts a word of the title."""
    parts = "".join(c if c.isalnum() else " " for c in fold(keyword)).split()
    return bool(parts) and all(any(w.startswith(p) for w in words) for p in parts)


def system_trade_amount(system):
    value = system.get("value")
    return None if value is None else value.get("amount")


def system_trade_sign(system):
    if system["indicator"] != "balance":
        return None
    if system.get("sign"):
        return system["sign"]
    amount = system_trade_amount(system)
    return None if amount is None else ("deficit" if amount < 0 else "surplus")


def trade_matches(gold, system):
    if (gold["country"], gold["year"], gold["indicator"]) != (system["country"], system["year"], system["indicator"]):
        return False
    if system["partner"] != "CN":
        return False
    if gold["indicator"] == "balance" and gold.get("sign") and gold["sign"] != system_trade_sign(system):
        return False
    if gold.get("amount") is None:
        return True
    amount = system_trade_amount(system)
    if amount is None:
        return False
    gold_currency, system_currency = gold.get("currency"), (system.get("value") or {}).get("currency")
    if gold_currency and system_currency and gold_currency != system_currency:
        return False
    return abs(abs(amount) - abs(gold["amount"])) <= 0.05 * abs(gold["amount"])


def bri_matches(gold, system):
    return (gold["country"] == system["country"] and gold["status"] == system["status"]
            and date_fits(gold.get("joined"), system.get("joined"))
            and date_fits(gold.get("exited"), system.get("exited")))


MATCHERS = {"meetings": meeting_matches, "agreements": agreement_matches, "trade": trade_matches, "bri": bri_matches}


def system_facts(kb):
    return {
        "meetings": kb["meetings"],
        "agreements": [a for a in kb["agreements"] if a["status"] == "signed"],
        "trade": kb["tradeFigures"],
        "bri": kb["bri"],
    }


def maximum_matching(golds, systems, matches):
    """Kuhn's augmenting paths: the largest one-to-one pairing of gold to system facts."""
    edges = [[j for j, s in enumerate(systems) if matches(g, s)] for g in golds]
    owner = [None] * len(systems)

    def augment(i, seen):
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if owner[j] is None or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(golds)):
        augment(i, set())
    return {owner[j]: j for j in range(len(systems)) if owner[j] is not None}


def parse_case(binary, case, texts):
    with tempfile.TemporaryDirectory() as corpus:
        source = os.path.join(texts, case["id"] + ".txt")
        with open(source, "rb") as f, open(os.path.join(corpus, case["id"] + ".txt"), "wb") as out:
            out.write(f.read())
        entry = {"file": case["id"] + ".txt"}
        for key in ("publisher", "url", "published"):
            if case.get(key):
                entry[key] = case[key]
        with open(os.path.join(corpus, "manifest.json"), "w") as f:
            json.dump({"documents": [entry]}, f)
        run = subprocess.run([binary, "parse", "--corpus", corpus, "--compact"], capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f"score: puente parse failed on {case['id']}: {run.stderr.strip()}")
        return json.loads(run.stdout)


def describe(family, fact):
    if family == "meetings":
        people = ", ".join(p if isinstance(p, str) else p["name"] for p in fact.get("participants") or [])
        return f"{fact.get('date')} {'-'.join(fact['countries'])} [{people}]"
    if family == "agreements":
        label = fact.get("title") + (f" {fact['keywords']}" if "keywords" in fact else f" ({fact.get('kind')})")
        return f"{fact.get('signed')} {'-'.join(fact['parties'])} {label}"
    if family == "trade":
        amount = fact.get("amount") if "amount" in fact else system_trade_amount(fact)
        sign = fact.get("sign") if "amount" in fact else system_trade_sign(fact)
        partner = "" if "amount" in fact else f"/{fact['partner']}"
        return f"{fact['country']}{partner} {fact['year']} {fact['indicator']} {amount} {sign or ''}".rstrip()
    return f"{fact['country']} {fact['status']} joined={fact.get('joined')} exited={fact.get('exited')}"


class Tally:
    def __init__(self):
        self.counts = {f: {"tp": 0, "fp": 0, "fn": 0} for f in FAMILIES}
        self.confident = {"facts": 0, "correct": 0}
        self.case_f1 = []
        self.lines = []

    def add_case(self, case_id, gold, kb):
        found = system_facts(kb)
        case_counts = {"tp": 0, "fp": 0, "fn": 0}
        for family in FAMILIES:
            golds, systems = gold.get(family, []), found[family]
            pairs = maximum_matching(golds, systems, MATCHERS[family])
            matched_systems = set(pairs.values())
            tp, fn, fp = len(pairs), len(golds) - len(pairs), len(systems) - len(pairs)
            for key, value in (("tp", tp), ("fp", fp), ("fn", fn)):
                self.counts[family][key] += value
                case_counts[key] += value
            for j, fact in enumerate(systems):
                if fact.get("confidence", 0) >= CONFIDENT:
                    self.confident["facts"] += 1
                    self.confident["correct"] += j in matched_systems
            self.lines += [f"  {case_id} missed {family}: {describe(family, g)}"
                           for i, g in enumerate(golds) if i not in pairs]
            self.lines += [f"  {case_id} false  {family}: {describe(family, s)} (confidence {s.get('confidence', 0):.2f})"
                           for j, s in enumerate(systems) if j not in matched_systems]
        self.case_f1.append(f1(case_counts))


def f1(counts):
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    if tp + fp + fn == 0:
        return 1.0
    return 2 * tp / (2 * tp + fp + fn)


def ratio(a, b):
    return a / b if b else 1.0


def table(name, tally):
    rows = [f"{name}: {len(tally.case_f1)} cases",
            f"  {'family':<11}{'gold':>6}{'found':>7}{'tp':>5}{'P':>7}{'R':>7}{'F1':>7}"]
    total = {"tp": 0, "fp": 0, "fn": 0}
    for family in FAMILIES:
        c = tally.counts[family]
        for key in total:
            total[key] += c[key]
        rows.append(_row(family, c))
    rows.append(_row("overall", total))
    mean = sum(tally.case_f1) / len(tally.case_f1) if tally.case_f1 else 1.0
    confident = tally.confident
    rows.append(f"  mean F1 per article {mean:.3f}; facts with confidence >= {CONFIDENT}: {confident['facts']}, "
                f"precision {ratio(confident['correct'], confident['facts']):.3f}")
    return "\n".join(rows)


def _row(label, c):
    precision, recall = ratio(c["tp"], c["tp"] + c["fp"]), ratio(c["tp"], c["tp"] + c["fn"])
    return (f"  {label:<11}{c['tp'] + c['fn']:>6}{c['tp'] + c['fp']:>7}{c['tp']:>5}"
            f"{precision:>7.3f}{recall:>7.3f}{f1(c):>7.3f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "puente"))
    parser.add_argument("--texts", default=os.path.join(HERE, "texts"))
    parser.add_argument("--part", choices=("tune", "heldout", "all"), default="all")
    parser.add_argument("--details-for", choices=("tune", "heldout", "none"), default="tune")
    parser.add_argument("--case", action="append", help="score only these case ids")
    parser.add_argument("--json", help="write per-part counts to this file")
    args = parser.parse_args()

    cases = json.load(open(os.path.join(HERE, "cases.json")))
    gold = json.load(open(os.path.join(HERE, "gold.json")))
    missing = [c["id"] for c in cases if not os.path.exists(os.path.join(args.texts, c["id"] + ".txt"))]
    if missing:
        sys.exit(f"score: {len(missing)} texts missing from {args.texts} ({', '.join(missing[:5])}...): "
                 "rebuild them as bench/realworld/README.md says")
    parts = ("tune", "heldout") if args.part == "all" else (args.part,)
    report = {}
    for part in parts:
        tally = Tally()
        for case in cases:
            if case["split"] == part and (not args.case or case["id"] in args.case):
                tally.add_case(case["id"], gold[case["id"]], parse_case(args.binary, case, args.texts))
        print(table(part, tally))
        if part == args.details_for and tally.lines:
            print("\n".join(tally.lines))
        report[part] = {"families": tally.counts, "confident": tally.confident,
                        "mean_case_f1": sum(tally.case_f1) / max(1, len(tally.case_f1))}
    if args.json:
        with open(args.json, "w") as f:
            json.dump(report, f, indent=2)


if __name__ == "__main__":
    main()
