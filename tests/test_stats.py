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
