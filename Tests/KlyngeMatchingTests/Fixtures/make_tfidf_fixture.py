#!/usr/bin/env python3
"""TF-IDF cosine similarities from scikit-learn for Klynge's TopicIndex test.

Run from the repo root with a python that has scikit-learn (Scripts/.venv after
`Scripts/.venv/bin/pip install scikit-learn`):

    Scripts/.venv/bin/python Tests/KlyngeMatchingTests/Fixtures/make_tfidf_fixture.py

Documents are lists of terms (topic phrases and title words, as Klynge's
TopicIndex.terms makes them); TfidfVectorizer with an identity analyzer, smooth_idf=True,
norm="l2" (its defaults). Writes tfidf.json: the documents and the cosine matrix.
"""
import json
import os

import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer

docs = [
    ["fall detection", "welfare technology", "sensor", "sensor", "home"],
    ["welfare technology", "digital home care", "home", "care"],
    ["cancer immunotherapy", "precision medicine", "trial"],
    ["fall detection", "sensor", "trial", "rehabilitation"],
    ["precision medicine", "diagnostics", "diagnostics", "care"],
    [],
]
vec = TfidfVectorizer(analyzer=lambda d: d)
X = vec.fit_transform(docs)
cos = (X @ X.T).toarray().tolist()
out = {"sklearn": sklearn.__version__, "documents": docs, "cosine": cos}
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "tfidf.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
print("wrote tfidf.json")
