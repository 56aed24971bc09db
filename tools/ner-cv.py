#!/usr/bin/env python3
"""Pooled 5-fold evaluation of the entity model (python3 standard library only).

For each fifth F (0..4) of the gum-wikinews and wikigold documents (document index % 5 == F,
documents split on lines starting with -DOCSTART-; non-blank text before the first DOCSTART is
document 0), trains a model with `train ner --held-out-fifth F` (one training at a time) and scores
that fifth's gum-wikinews and wikigold documents with it (`eval ner --json`). Prints per-fifth and
pooled (tp/fp/fn summed over the fifths) micro F1 and PER+ORG+LOC F1 for each corpus, and writes
the counts to WORK/LABEL/results.json. With --compare OTHER.json it also prints the differences
and whether a change passes the keep rule (pooled PER+ORG+LOC up on both corpora, no fifth of
either corpus down by more than --max-drop).

Usage (from the repository root, after `dotnet build src/Crosscheck.Cli -c Release`):
  python3 tools/ner-cv.py --label baseline
  python3 tools/ner-cv.py --label suffix5 --compare /tmp/cv/baseline/results.json
  python3 tools/ner-cv.py --label baseline --score-only     # re-score existing models
  python3 tools/ner-cv.py --label baseline-seed2 --train-args "--seed 2"
  python3 tools/ner-cv.py --label baseline-2seeds --sum /tmp/cv/baseline/results.json,/tmp/cv/baseline-seed2/results.json

To judge a code change while another run uses the in-tree build, build the change elsewhere
(`dotnet build src/Crosscheck.Cli -c Release -o /tmp/cv/bin-x`) and pass --cli /tmp/cv/bin-x/Crosscheck.Cli.dll:
rebuilding the in-tree binaries during a run would train the later fifths with other code.
"""

import argparse
import json
import os
import subprocess
import sys
import time

CORPORA = (("gum-wikinews", "gum-wikinews.conll", "wn"), ("wikigold", "wikigold.conll.txt", "wg"))
CLI = "src/Crosscheck.Cli/bin/Release/net10.0/linux-x64/Crosscheck.Cli.dll"


def documents(path):
    docs = [[]]
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("-DOCSTART-"):
                docs.append([line])
            else:
                docs[-1].append(line)
    if not any(line.strip() for line in docs[0]):
        docs = docs[1:]
    return docs


def split(path, fifth, out):
    docs = documents(path)
    with open(out, "w", encoding="utf-8") as f:
        for i, doc in enumerate(docs):
            if i % 5 != fifth:
                continue
            f.writelines(doc)
            if doc and doc[-1].strip():
                f.write("\n")


def f1(tp, fp, fn):
    return 0.0 if tp == 0 else 2.0 * tp / (2.0 * tp + fp + fn)


def counts(scores, types):
    tp = sum(scores["types"][t]["tp"] for t in types if t in scores["types"])
    fp = sum(scores["types"][t]["fp"] for t in types if t in scores["types"])
    fn = sum(scores["types"][t]["fn"] for t in types if t in scores["types"])
    return [tp, fp, fn]


def run(cmd, log):
    with open(log, "w", encoding="utf-8") as out:
        done = subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, check=False)
    if done.returncode != 0:
        sys.exit(f"failed ({done.returncode}): {' '.join(cmd)}; see {log}")


def evaluate(args, fifth, model, folder):
    result = {}
    for name, _, short in CORPORA:
        conll = os.path.join(args.work, f"{short}{fifth}.conll")
        cmd = ["dotnet", args.cli, "eval", "ner", "--conll", conll, "--model", model, "--json", "--db", os.path.join(folder, "eval.db")]
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            sys.exit(f"eval failed: {' '.join(cmd)}\n{done.stderr}")
        scores = json.loads(done.stdout)
        micro = scores["micro"]
        result[name] = {"micro": [micro["tp"], micro["fp"], micro["fn"]], "pol": counts(scores, ("PER", "ORG", "LOC"))}
    return result


def table(results, fifths, other=None):
    lines = []
    header = f"{'':18}" + "".join(f"{'fifth ' + str(f):>18}" for f in fifths) + f"{'pooled':>18}"
    lines.append(header)
    for name, _, _ in CORPORA:
        gold = [results[str(f)][name]["micro"][0] + results[str(f)][name]["micro"][2] for f in fifths]
        lines.append(f"{name[:5] + ' entities':18}" + "".join(f"{g:>18}" for g in gold) + f"{sum(gold):>18}")
        for key, label in (("micro", "micro"), ("pol", "PER+ORG+LOC")):
            row = f"{name[:5] + ' ' + label:18}"
            pooled = [0, 0, 0]
            other_pooled = [0, 0, 0]
            for f in fifths:
                c = results[str(f)][name][key]
                pooled = [a + b for a, b in zip(pooled, c)]
                cell = f"{f1(*c):.4f}"
                if other is not None:
                    o = other[str(f)][name][key]
                    other_pooled = [a + b for a, b in zip(other_pooled, o)]
                    cell += f" ({f1(*c) - f1(*o):+.4f})"
                row += f"{cell:>18}"
            cell = f"{f1(*pooled):.4f}"
            if other is not None:
                cell += f" ({f1(*pooled) - f1(*other_pooled):+.4f})"
            row += f"{cell:>18}"
            lines.append(row)
    return lines


def verdict(results, other, fifths, max_drop):
    ok = True
    reasons = []
    for name, _, _ in CORPORA:
        pooled = [sum(results[str(f)][name]["pol"][k] for f in fifths) for k in range(3)]
        other_pooled = [sum(other[str(f)][name]["pol"][k] for f in fifths) for k in range(3)]
        delta = f1(*pooled) - f1(*other_pooled)
        if delta <= 0:
            ok = False
            reasons.append(f"pooled PER+ORG+LOC on {name} {delta:+.4f}")
        for f in fifths:
            d = f1(*results[str(f)][name]["pol"]) - f1(*other[str(f)][name]["pol"])
            if d < -max_drop:
                ok = False
                reasons.append(f"{name} fifth {f} PER+ORG+LOC {d:+.4f}")
    return ok, reasons


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", help=f"Crosscheck.Cli.dll of the build to judge (default: {CLI}; with --score-only, the one that trained WORK/LABEL)")
    parser.add_argument("--data", default="/work/shared/data/ner", help="folder of the CoNLL training corpora")
    parser.add_argument("--work", default="/tmp/cv", help="folder for the split files, models and results")
    parser.add_argument("--label", required=True, help="name of this run (subfolder of --work)")
    parser.add_argument("--fifths", default="0,1,2,3,4", help="comma-separated fifths to train and score")
    parser.add_argument("--compare", help="results.json of an earlier run to print differences against")
    parser.add_argument("--max-drop", type=float, default=0.01, help="largest PER+ORG+LOC drop of one fifth the keep rule allows")
    parser.add_argument("--score-only", action="store_true", help="score the models already in WORK/LABEL instead of training")
    parser.add_argument("--sum", help="comma-separated results.json files (runs of one build with different --seed) to add up instead of training or scoring")
    parser.add_argument("--train-args", default="", help="extra arguments for 'train ner' (space-separated)")
    args = parser.parse_args()

    fifths = [int(f) for f in args.fifths.split(",")]
    folder = os.path.join(args.work, args.label)
    os.makedirs(folder, exist_ok=True)
    for fifth in fifths:
        for _, file, short in CORPORA:
            split(os.path.join(args.data, file), fifth, os.path.join(args.work, f"{short}{fifth}.conll"))

    # A model must be scored by the build that trained it (the features are the build's code).
    trained_by = os.path.join(folder, "cli.txt")
    if args.cli is None:
        args.cli = CLI
        if args.score_only and os.path.exists(trained_by):
            with open(trained_by, encoding="utf-8") as f:
                args.cli = f.read().strip()
    if not args.score_only and not args.sum:
        with open(trained_by, "w", encoding="utf-8") as f:
            f.write(os.path.abspath(args.cli) + "\n")

    results = {}
    for fifth in fifths if not args.sum else []:
        model = os.path.join(folder, f"model{fifth}")
        if not args.score_only:
            started = time.monotonic()
            cmd = ["dotnet", args.cli, "train", "ner", "--data", args.data, "--out", model,
                   "--held-out-fifth", str(fifth), "--db", os.path.join(folder, "train.db")] + args.train_args.split()
            run(cmd, os.path.join(folder, f"train{fifth}.log"))
            print(f"fifth {fifth}: trained in {time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)
        results[str(fifth)] = evaluate(args, fifth, model, folder)

    if args.sum:
        # The same fifths trained with other seeds: the counts add up as more held-out entities would.
        for part in args.sum.split(","):
            with open(part, encoding="utf-8") as f:
                run_results = json.load(f)
            for fifth in fifths:
                for name, _, _ in CORPORA:
                    into = results.setdefault(str(fifth), {}).setdefault(name, {"micro": [0, 0, 0], "pol": [0, 0, 0]})
                    for key in ("micro", "pol"):
                        into[key] = [a + b for a, b in zip(into[key], run_results[str(fifth)][name][key])]

    with open(os.path.join(folder, "results.json"), "w", encoding="utf-8") as f:
        json.dump(results, f, indent=1)

    other = None
    if args.compare:
        with open(args.compare, encoding="utf-8") as f:
            other = json.load(f)
    print(f"{args.label}: F1 per held-out fifth and pooled (tp/fp/fn summed over fifths)" + (f", (difference to {args.compare})" if other else ""))
    for line in table(results, fifths, other):
        print(line)
    if other is not None:
        ok, reasons = verdict(results, other, fifths, args.max_drop)
        print("keep rule: " + ("passes" if ok else "fails: " + "; ".join(reasons)))


if __name__ == "__main__":
    main()
