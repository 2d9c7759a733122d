#!/usr/bin/env python3
"""Builds a corpus of N articles by recombining the fixture and seed articles: each copy swaps the
country it is about for another of the region, scales its money figures and shifts its years."""
import argparse, json, os, random, re

COUNTRIES = [  # name, demonym, capital
    ("Colombia", "Colombian", "Bogota"), ("Peru", "Peruvian", "Lima"), ("Chile", "Chilean", "Santiago"),
    ("Brazil", "Brazilian", "Brasilia"), ("Argentina", "Argentine", "Buenos Aires"), ("Ecuador", "Ecuadorian", "Quito"),
    ("Uruguay", "Uruguayan", "Montevideo"), ("Bolivia", "Bolivian", "La Paz"), ("Mexico", "Mexican", "Mexico City"),
    ("Panama", "Panamanian", "Panama City"), ("Honduras", "Honduran", "Tegucigalpa"), ("Costa Rica", "Costa Rican", "San Jose"),
]
MONEY = re.compile(r"(\$\s?)(\d+(?:\.\d+)?)(\s?(?:billion|million|bn))")
YEAR = re.compile(r"\b(19[5-9]\d|20[0-2]\d)\b")


def load(directories):
    articles = []
    for directory in directories:
        manifest_path = os.path.join(directory, "manifest.json")
        manifest = {}
        if os.path.exists(manifest_path):
            with open(manifest_path, encoding="utf-8") as handle:
                manifest = {entry["file"]: entry for entry in json.load(handle)["documents"]}
        for name in sorted(os.listdir(directory)):
            if name.endswith(".txt"):
                with open(os.path.join(directory, name), encoding="utf-8") as handle:
                    articles.append((handle.read(), manifest.get(name, {})))
    return articles


def vary(text, entry, rng):
    source, target = rng.sample(COUNTRIES, 2)
    for old, new in zip(source, target):
        text = text.replace(old, new)
    factor = rng.uniform(0.5, 1.5)
    text = MONEY.sub(lambda m: f"{m.group(1)}{float(m.group(2)) * factor:.1f}{m.group(3)}", text)
    shift = rng.randint(-3, 2)
    text = YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
    published = entry.get("published")
    if published:
        published = str(int(published[:4]) + shift) + published[4:]
    return text, published


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("sources", nargs="+")
    arguments = parser.parse_args()
    rng = random.Random(arguments.seed)
    articles = load(arguments.sources)
    os.makedirs(arguments.out, exist_ok=True)
    documents = []
    for index in range(arguments.count):
        text, entry = articles[index % len(articles)]
        varied, published = vary(text, entry, rng)
        name = f"article_{index:05d}.txt"
        with open(os.path.join(arguments.out, name), "w", encoding="utf-8") as handle:
            handle.write(varied)
        documents.append({"file": name, **({"published": published} if published else {})})
    with open(os.path.join(arguments.out, "manifest.json"), "w", encoding="utf-8") as handle:
        json.dump({"documents": documents}, handle)


if __name__ == "__main__":
    main()
