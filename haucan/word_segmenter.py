"""underthesea's word segmentation, the same tokens as ``underthesea.word_tokenize`` in less time.

``word_tokenize(sentence)`` returns exactly ``underthesea.word_tokenize(sentence, use_token_normalize=False)``
(the call haucan/sentences.py makes). It runs underthesea's own steps with its own data: its character
normaliser, its compiled token pattern, its CRF tagger (``underthesea_core.CRFTagger``) and its model files.
What differs is how the tagger's input is made. underthesea asks its Rust featuriser for 43 feature strings per
token ('T[-1,0].lower=bộ trưởng', 'T[1].is_in_dict=True', ...), about 13 µs a token, most of it making new
Python strings; here the same strings are made from memoised n-grams (Vietnamese has a few thousand
syllables, so almost every unigram and bigram was seen before), one column per feature template. The tagger
gets the same strings in the same order, so it returns the same tags.

Exactness, and where it is not proven the Rust featuriser is used instead:
- The templates are read from the model's ``features.bin`` and parsed as underthesea_core parses them; the
  functions are theirs (underthesea_core 3.3.2, src/featurizers.rs): ``lower`` is Rust's ``to_lowercase``,
  ``isdigit`` is "parses as an i32", ``istitle`` is "every space-separated part's first character equals its
  upper case", ``is_in_dict`` is "the lower case is in the model's dictionary". Python's ``lower``/``upper`` agree
  with Rust's only where both use the same Unicode data, so a sentence is featurised here only if every
  character of its tokens is in ``_Features.safe``: characters for which the loaded featuriser itself was asked, at load time, what
  ``lower`` and ``istitle`` give, and agreed with Python (the Greek capital sigma, whose lower case depends on
  its neighbours, is left out). Any other sentence goes to the Rust featuriser.
- Tokens are ``m.group()`` of each match of underthesea's pattern: its ``extract_match`` returns the first
  named group that matched, and every alternative is one named group, so that group is the whole match.
- Pinned to underthesea 9.5.0 with underthesea_core 3.3.2 (``PINNED``): with any other version installed, or a
  template this module does not know, ``word_tokenize`` is underthesea's public call.
tests/test_word_segmenter.py compares it with ``underthesea.word_tokenize`` on the seeds, the bad-input corpus
and tricky text; benchmarks/bench_word_segmenter.py times both on the same sentences.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import metadata
from operator import itemgetter
from os.path import join
from types import MappingProxyType

import underthesea
from underthesea.pipeline import word_tokenize as _underthesea_words
from underthesea.pipeline.word_tokenize import regex_tokenize

PINNED = MappingProxyType({"underthesea": "9.5.0", "underthesea_core": "3.3.2"})
_TEMPLATE = re.compile(r"T\[(-?\d+)(?:,(-?\d+))?\](?:\.(lower|isdigit|istitle|is_in_dict))?")
_I32 = re.compile(r"[+-]?[0-9]+")
# Memo bounds (n-grams kept per width; a full memo is emptied, not grown). Measured ~0.9 KB an entry on average
# (3,000 generated articles: 18,765 entries, 16 MiB), so at most ~45 MB per worker; news text's syllables and
# common pairs fit, and a cleared memo only costs the strings being made again.
MEMO_LIMIT = MappingProxyType({1: 20_000, 2: 20_000, 3: 10_000})
_BOOLEAN = frozenset({"isdigit", "istitle", "is_in_dict"})


def _public(sentence: str) -> list[str]:
    return underthesea.word_tokenize(sentence, use_token_normalize=False)


def _pinned() -> bool:
    try:
        return all(metadata.version(name) == version for name, version in PINNED.items())
    except metadata.PackageNotFoundError:
        return False


def _model():
    """underthesea's own tagger, loaded the way its word_tokenize loads it (and shared with that call)."""
    if _underthesea_words.word_tokenize_model is None:
        from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger

        model = FastCRFSequenceTagger()
        model.load(join(_underthesea_words.__path__[0], "models", "ws_crf_vlsp2013_20230727"))
        _underthesea_words.word_tokenize_model = model
    return _underthesea_words.word_tokenize_model


def _candidates() -> str:
    """Characters news text is made of: ASCII, Latin-1 and Latin Extended, combining marks, Vietnamese, general
    punctuation, currency and a few symbol blocks (all checked against the featuriser before use)."""
    ranges = [(0x20, 0x7E), (0xA0, 0x24F), (0x300, 0x36F), (0x1E00, 0x1EFF), (0x2000, 0x206F), (0x20A0, 0x20BF),
              (0x2100, 0x214F), (0x2190, 0x21FF), (0x2200, 0x22FF), (0x25A0, 0x25FF), (0x2600, 0x26FF)]
    # No whitespace (never inside a token: underthesea's pattern excludes it; Rust's istitle panics on it).
    return "".join(chr(c) for low, high in ranges for c in range(low, high + 1)
                   if chr(c) != "\u03a3" and not chr(c).isspace())


class _Features:
    """Feature columns for one featuriser's templates, from memoised n-grams (see the module docstring)."""

    def __init__(self, templates: list[str], dictionary: set[str], featurizer) -> None:
        self.dictionary = dictionary
        self.parsed = []  # (syntax, first offset, width, function)
        for syntax in templates:
            match = _TEMPLATE.fullmatch(syntax)
            if match is None:
                raise ValueError(f"unknown feature template {syntax!r}")
            first = int(match.group(1))
            last = first if match.group(2) is None else int(match.group(2))
            if last < first:
                raise ValueError(f"unknown feature template {syntax!r}")
            self.parsed.append((syntax, first, last - first + 1, match.group(3)))
        self.widths = sorted({width for _, _, width, _ in self.parsed})
        # Per width, the templates of that width in order; a column reads slot ``slot`` of each n-gram's tuple.
        self.by_width = {w: [t for t in self.parsed if t[2] == w] for w in self.widths}
        # Each width's row of n-gram tuples is padded with BOS and EOS tuples, so that position i of a template
        # with offset ``first`` is row[pad + i + first]: BOS before the sentence, EOS where the n-gram would end
        # past it (underthesea_core's rule: index1 < 0 -> BOS, index1 or index2 >= n -> EOS).
        self.padding = {}  # width -> (BOS tuple, EOS tuple, pad before, pad after)
        for w, group in self.by_width.items():
            self.padding[w] = (tuple(f"{t[0]}=BOS" for t in group), tuple(f"{t[0]}=EOS" for t in group),
                               max(0, -min(t[1] for t in group)), max(0, max(t[1] for t in group) + w - 1))
        self.columns = []  # (width, start in the padded row, slot), in template order
        for syntax, first, width, _ in self.parsed:
            slot = [t[0] for t in self.by_width[width]].index(syntax)
            self.columns.append((width, self.padding[width][2] + first, itemgetter(slot)))
        self.booleans: dict[str, str] = {}
        self.limits = dict(MEMO_LIMIT)  # per object, so a test can make them small
        self.memo: dict[int, dict[tuple[str, ...], tuple[str, ...]]] = {w: {} for w in self.widths}
        self.safe = self._agreeing(featurizer)

    def _value(self, function: str | None, gram: tuple[str, ...]) -> str:
        text = " ".join(gram)
        if function is None:
            return text
        if function == "lower":
            return text.lower()
        if function == "isdigit":
            return "True" if _I32.fullmatch(text) and -2**31 <= int(text) < 2**31 else "False"
        if function == "istitle":
            return "True" if all(part[0].upper() == part[0] for part in text.split(" ")) else "False"
        return "True" if text.lower() in self.dictionary else "False"

    def _agreeing(self, featurizer) -> frozenset[str]:
        """The candidate characters whose one-character token gets, from the Rust featuriser, the same feature
        strings as from ``_value``: there Python's case mappings are Rust's."""
        chars = _candidates()
        rust = featurizer.process([[[c]] for c in chars])
        return frozenset(c for c, features in zip(chars, rust, strict=True) if tuple(features[0]) == self.sentence([c])[0])

    def _gram_values(self, gram: tuple[str, ...]) -> tuple[str, ...]:
        values = []
        for syntax, _, _, function in self.by_width[len(gram)]:
            value = f"{syntax}={self._value(function, gram)}"
            # A yes/no feature has two possible strings: share them (half of a unigram's strings, in memory).
            values.append(self.booleans.setdefault(value, value) if function in _BOOLEAN else value)
        return tuple(values)

    def sentence(self, tokens: list[str]) -> list[tuple[str, ...]]:
        """The feature strings of every token, as ``CRFFeaturizer.process([[[t] for t in tokens]])[0]`` gives."""
        n = len(tokens)
        rows = {}
        for width in self.widths:
            memo = self.memo[width]
            if len(memo) > self.limits.get(width, 10_000):
                memo.clear()
            grams = list(zip(*(tokens[k:] for k in range(width)), strict=False)) if width > 1 else [(t,) for t in tokens]
            get = memo.get
            bos, eos, before, after = self.padding[width]
            rows[width] = [bos] * before + [get(g) or self._remember(g) for g in grams] + [eos] * after
        return list(zip(*[map(slot, rows[width][start:start + n]) for width, start, slot in self.columns], strict=True))

    def _remember(self, gram: tuple[str, ...]) -> tuple[str, ...]:
        values = self.memo[len(gram)][gram] = self._gram_values(gram)
        return values


class _Fast:
    """underthesea's word_tokenize steps with the tagger's input made by ``_Features`` where it is proven equal."""

    def __init__(self, model, features: _Features) -> None:
        self.features, self.tagger, self.rust = features, model.estimator, model.featurizer
        self.normalize = regex_tokenize.normalize_characters_in_text
        self.unsafe = re.compile("[^" + "".join(f"\\u{ord(c):04x}" for c in sorted(features.safe)) + "]")
        self.featurised_here = 0  # sentences whose features were made here (not by the Rust featuriser)

    def __call__(self, sentence: str) -> list[str]:
        text = self.normalize(sentence)
        # underthesea's tokenize reads the module's pattern at each call (fixed_words replace it); so does this.
        tokens = [match.group() for match in regex_tokenize.patterns.finditer(text)]
        if not tokens:
            return []  # underthesea tags no token and returns [] too
        if self.unsafe.search("".join(tokens)) is None:
            self.featurised_here += 1
            tags = self.tagger.tag(self.features.sentence(tokens))
        else:
            tags = self.tagger.tag(self.rust.process([[[token] for token in tokens]])[0])
        output: list[str] = []
        for tag, token in zip(tags, tokens, strict=False):  # as underthesea's loop
            if tag == "I-W" and output:
                output[-1] = output[-1] + " " + token
            else:
                output.append(token)
        return output


def _fast() -> _Fast | None:
    """The fast ``word_tokenize``, or None (not the pinned versions, or templates this module cannot make)."""
    if not _pinned():
        return None
    import joblib

    model = _model()
    folder = join(_underthesea_words.__path__[0], "models", "ws_crf_vlsp2013_20230727")
    try:
        features = _Features(joblib.load(join(folder, "features.bin")), joblib.load(join(folder, "dictionary.bin")),
                             model.featurizer)
    except ValueError:
        return None
    return _Fast(model, features) if features.safe else None


@lru_cache(maxsize=1)
def implementation():
    """The callable ``word_tokenize`` uses (made once per process): a ``_Fast`` when pinned, else underthesea's
    public call."""
    return _fast() or _public


def word_tokenize(sentence: str) -> list[str]:
    """``underthesea.word_tokenize(sentence, use_token_normalize=False)``, the same list, faster when pinned."""
    return implementation()(sentence)
