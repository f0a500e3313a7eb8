"""A synthetic corpus for benchmarks: seed-like articles recombined from real sentences, in every input
format, with duplicates and bad files; the same seed always writes the same files."""
from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from pipeline.extract.figures import split_sentences
from pipeline.ingest.reader import read_folder

_OUTLETS = ["kyiv-ledger.example", "eastbank-post.example", "meridianwire.example", "dnipro-herald.example",
            "continental-times.example", "blacksea-bulletin.example", "northern-courier.example", "wire-daily.example"]
_CHROME_TOP = ["Vue normale", "Most Read", "Home › World › Europe", "Sign in · Subscribe", "LIVE · Last updated"]
_CHROME_BOTTOM = ["Become a Patron!", "Share: Facebook · X · Email", "© 2025 Example Media. All rights reserved.",
                  "Most Read News\n-\nPolice operation kills 100 gang members\n-\nGold tops $3,800 an ounce"]
# a number of two to four digits, not a group of a larger one ("1,000", "1.000", "1 000" stay whole: varying "000"
# alone wrote "1 1 Ukrainians were freed")
_NUMBER = re.compile(r"(?<![\d,.])(?<!\d[ \u00a0\u202f])\d{2,4}(?![\d,.])(?![ \u00a0\u202f]\d{3}(?!\d))")


@dataclass(frozen=True)
class CorpusStats:
    files: int
    articles: int
    duplicates: int
    bad_files: int
    bytes: int


def sentence_pool(folders: list[Path]) -> list[str]:
    """Sentences of real articles (the seeds, and the development set when it is there)."""
    pool: list[str] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for _, result in read_folder(folder):
            for article, _ in result.articles:
                pool.extend(s.text for s in split_sentences(article.body) if 40 <= len(s.text) <= 400)
    return sorted(set(pool))


def _vary_numbers(sentence: str, rng: random.Random) -> str:
    def repl(m: re.Match) -> str:
        value = int(m.group(0))
        if 1900 <= value <= 2100:
            return m.group(0)  # years stay years
        return str(max(1, int(value * rng.uniform(0.6, 1.4))))

    return _NUMBER.sub(repl, sentence)


def _article(rng: random.Random, pool: list[str], day: date) -> tuple[str, str, str]:
    n = rng.randint(8, 16)
    paragraphs = [_vary_numbers(rng.choice(pool), rng) for _ in range(n)]
    title = paragraphs[0][:90].rsplit(" ", 1)[0]
    outlet = rng.choice(_OUTLETS)
    url = f"https://www.{outlet}/world/{day:%Y/%m/%d}/{rng.randrange(16**8):08x}"
    return title, url, "\n\n".join(paragraphs)


def generate_corpus(out: Path, n_articles: int, seed: int = 7, pool: list[str] | None = None,
                    start: date = date(2023, 1, 1), name_prefix: str = "a") -> CorpusStats:
    """Write about `n_articles` articles under `out`: 60% .txt, 15% .html, 10% .json, 15% in .jsonl files of
    five records; 5% of articles saved a second time with other chrome; 2% of files are bad."""
    rng = random.Random(seed)
    if not pool:
        raise ValueError("the sentence pool is empty: no seed articles found")
    out.mkdir(parents=True, exist_ok=True)
    files = articles = duplicates = bad = size = 0
    saved: list[tuple[str, str, str, date]] = []
    jsonl: list[str] = []
    i = 0
    while articles < n_articles:
        i += 1
        sub = out / f"{i // 1000:04d}"
        sub.mkdir(exist_ok=True)
        stem = sub / f"{name_prefix}{i:07d}"
        roll = rng.random()
        if roll < 0.02:
            data = rng.choice([b"", bytes(rng.randrange(256) for _ in range(600)), b'{"title": "broken', b"\x00\x01" * 200])
            path = stem.with_suffix(rng.choice([".txt", ".json", ".html"]))
            path.write_bytes(data)
            files, bad, size = files + 1, bad + 1, size + len(data)
            continue
        day = start + timedelta(days=rng.randrange(1000))
        if roll < 0.07 and saved:
            title, url, body, day = rng.choice(saved)  # the same article saved again, other chrome and name
            duplicates += 1
        else:
            title, url, body = _article(rng, pool, day)
            saved.append((title, url, body, day))
            if len(saved) > 500:
                saved.pop(0)
        articles += 1
        fmt = rng.random()
        if fmt < 0.60:
            text = (f"url: {url}\n{rng.choice(_CHROME_TOP)}\n{title}\n{day:%B %d, %Y}\n\n{body}\n\n{rng.choice(_CHROME_BOTTOM)}\n")
            data = text.encode("utf-8")
            stem.with_suffix(".txt").write_bytes(data)
        elif fmt < 0.75:
            paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
            data = (f'<!DOCTYPE html><html lang="en"><head><title>{title} | {url.split("/")[2]}</title>'
                    f'<link rel="canonical" href="{url}"><meta property="article:published_time" content="{day.isoformat()}T10:00:00Z">'
                    f'<script>var views = {rng.randrange(99999)};</script></head><body><nav><ul><li>Home</li></ul></nav>'
                    f'<article><h1>{title}</h1>{paras}</article><footer>© Example</footer></body></html>').encode("utf-8")
            stem.with_suffix(".html").write_bytes(data)
        elif fmt < 0.85:
            data = json.dumps({"url": url, "title": title, "date_publish": f"{day} 09:00:00", "maintext": body, "language": "en"}).encode()
            stem.with_suffix(".json").write_bytes(data)
        else:
            jsonl.append(json.dumps({"url": url, "title": title, "date_publish": f"{day} 09:00:00", "maintext": body}))
            data = b""
            if len(jsonl) == 5:
                data = ("\n".join(jsonl) + "\n").encode()
                stem.with_suffix(".jsonl").write_bytes(data)
                jsonl.clear()
            else:
                continue
        files += 1
        size += len(data)
    if jsonl:
        data = ("\n".join(jsonl) + "\n").encode()
        (out / f"{name_prefix}{i + 1:07d}.jsonl").write_bytes(data)
        files += 1
        size += len(data)
    return CorpusStats(files, articles, duplicates, bad, size)
