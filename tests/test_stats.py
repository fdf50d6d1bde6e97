"""CorpusStats.merge: what the main process does with every article's figures."""

from collections import Counter

from haucan.stats import CorpusStats


def test_merge_adds_numbers_and_counters_and_keeps_the_order_labels_were_first_seen():
    total = CorpusStats()
    first = CorpusStats(articles=1, sentences=3, mentions_by_label=Counter({"PER": 2, "ORG": 1}),
                        n_chars=Counter({120: 1}))
    second = CorpusStats(articles=1, sentences=4, mentions_by_label=Counter({"LOC": 1, "PER": 1}),
                         n_chars=Counter({120: 1}))
    total.merge(first)
    total.merge(second)
    assert (total.articles, total.sentences) == (2, 7)
    assert list(total.mentions_by_label.items()) == [("PER", 3), ("ORG", 1), ("LOC", 1)]
    assert total.n_chars == Counter({120: 2})
    # the merged figures are not changed by merging them into the total
    assert first.mentions_by_label == Counter({"PER": 2, "ORG": 1})
    assert second.mentions_by_label == Counter({"LOC": 1, "PER": 1})


def test_stats_survive_the_codec_as_counters_with_the_same_figures_and_order():
    """Stats travel from workers and through the cache by haucan/codec.py: Counters must come back as Counters,
    equal, in the same insertion order (the card lists labels in the order they were first seen)."""
    from collections import Counter

    from haucan.codec import decode, encode
    from haucan.stats import CorpusStats

    stats = CorpusStats(articles=2, blocks=5)
    stats.mentions_by_label.update(["RANK", "PER", "RANK", "ORG"])
    stats.n_chars[1234] += 2
    back = decode(encode(stats))
    assert back == stats
    assert all(isinstance(getattr(back, name), Counter) for name, value in vars(stats).items()
               if isinstance(value, Counter))
    assert list(back.mentions_by_label) == ["RANK", "PER", "ORG"]
    merged = CorpusStats()
    merged.merge(back)
    assert merged.mentions_by_label == Counter({"RANK": 2, "PER": 1, "ORG": 1}) and merged.articles == 2
