"""The regression gate: `python -m evals.run` fails when a metric of the dev split falls under its floor, a count
goes over its ceiling, a question kind falls under KIND_FLOOR, or the gold set holds fewer questions than
MIN_COUNTS (a truncated set must not pass). The test split is measured and reported beside dev, with the gap
between them; it is not gated, because a gate on it would make people tune on it."""

FLOORS = {
    "answer_acc": 0.95,
    "concise_acc": 0.90,
    "short_em": 0.85,
    "citation_acc": 0.95,
    "abstain_acc": 0.90,
}
CEILINGS = {
    "wrong_region": 0,
    "wrong_period": 0,
}
KIND_FLOOR = 0.90          # answer accuracy of each question kind
OVERFIT_GAP = 0.05         # dev answer accuracy this much above test's is flagged as overfitting
MIN_COUNTS = {             # the set, its abstentions, its `short` questions, and each kind
    "n": 131,
    "n_test": 70,
    "n_abstain": 17,
    "n_short": 80,
    "n_figure": 100,
    "n_each": 8, "n_compare": 8, "n_trend": 8, "n_list": 8,
    "n_summary": 8, "n_how": 8, "n_name": 8,
}
