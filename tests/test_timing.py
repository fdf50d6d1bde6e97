"""Stage timing: each ``collect()`` gets only the time of its own stages, whatever is nested in it or runs
beside it in another thread."""

import threading
import time

from haucan.timing import collect, stage


def test_a_nested_collection_keeps_its_stages_out_of_the_outer_one():
    with collect() as outer:
        with stage("main"):
            pass
        with collect() as inner, stage("per chunk"):
            time.sleep(0.001)
        with stage("main"):
            pass
    assert set(outer) == {"main"}
    assert set(inner) == {"per chunk"} and inner["per chunk"] >= 0.001


def test_a_stage_outside_any_collection_is_not_counted_anywhere():
    with stage("loose"):
        pass
    with collect() as seconds:
        pass
    assert seconds == {}


def test_threads_collect_only_their_own_stages():
    # A Dask worker runs several chunks at once, one per thread: a chunk's tally must not take another's time.
    tallies: dict[str, dict] = {}
    both_collecting = threading.Barrier(2)

    def chunk(name: str) -> None:
        with collect() as seconds:
            both_collecting.wait()
            with stage(name):
                pass
            both_collecting.wait()
        tallies[name] = dict(seconds)

    threads = [threading.Thread(target=chunk, args=(name,)) for name in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert set(tallies["a"]) == {"a"} and set(tallies["b"]) == {"b"}
