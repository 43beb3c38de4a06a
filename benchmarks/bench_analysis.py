"""Analysis speed on a 50 x 20 x 5,000 map (issue 5 target: under 200 ms).

Times the whole ``analyze()`` (checks, funnel, bottlenecks, every scenario, coverage,
emotions, JSON) and each part, best of ``--repeat`` warm runs; the one-off cost of
importing networkx is shown apart, since a running editor pays it once. Also shows the
ratio to a plain Python pass over every card, measured in the same run, so the figure
is meaningful on a slower machine too.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate import generate_map
from benchmarks.timing import best_of

TARGET_SECONDS = 0.200


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", default="50x20x5000", help="STAGESxCHANNELSxTOUCHPOINTS")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    stages, channels, touchpoints = (int(n) for n in args.size.split("x"))

    start = time.perf_counter()
    import networkx  # noqa: F401

    import_networkx = time.perf_counter() - start

    from cjm_designer.analysis import analyze, build_chain, compute_funnel, run_checks
    from cjm_designer.analysis.bottlenecks import rank_bottlenecks
    from cjm_designer.analysis.coverage import coverage_matrix
    from cjm_designer.analysis.emotions import persona_emotions
    from cjm_designer.analysis.scenarios import compare_scenarios

    journey = generate_map(stages, channels, touchpoints)
    analyze(journey)  # warm caches
    chain = build_chain(journey)
    parts = {
        "checks": lambda: run_checks(journey),
        "funnel": lambda: compute_funnel(journey),
        "bottlenecks": lambda: rank_bottlenecks(chain),
        "scenarios": lambda: compare_scenarios(journey),
        "coverage": lambda: coverage_matrix(journey),
        "emotions": lambda: persona_emotions(journey),
    }
    baseline = best_of(args.repeat, lambda: [tp.title for tp in journey.touchpoints])
    total = best_of(args.repeat, lambda: analyze(journey).to_json())
    print(f"map: {stages} stages x {channels} channels x {touchpoints} touchpoints")
    print(f"import networkx (once): {1000 * import_networkx:7.1f} ms")
    for name, function in parts.items():
        print(f"  {name:<12} {1000 * best_of(args.repeat, function):7.1f} ms")
    print(
        f"analyze + to_json:      {1000 * total:7.1f} ms  (target < {1000 * TARGET_SECONDS:.0f} ms)"
    )
    print(f"ratio to one pass over the cards: {total / baseline:.0f}x")
    verdict = "OK" if total < TARGET_SECONDS else "TOO SLOW"
    print(f"verdict: {verdict}")
    return 0 if total < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
