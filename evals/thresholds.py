"""The regression gate: `python -m evals.run` fails when a metric falls under its floor (or a count over its ceiling)."""

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
