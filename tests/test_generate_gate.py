"""The gate with generation on (`python -m evals.run --llm`): the scripted test server restates, in its own order
and wording, the evidence lines it is sent; every answer must pass verification, no accuracy may fall below the
extractive run's and no wrong region or period be added, so the plumbing loses no figure and no citation.
Slow: marked `eval`."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from settings import ROOT

DEV = ROOT / "evals" / "gold" / "dev.jsonl"
ACCURACY = ("answer_acc", "short_em", "citation_acc", "abstain_acc")
WRONG = ("wrong_region", "wrong_period")


def gate(store, *flags: str) -> dict:
    done = subprocess.run([sys.executable, "-m", "evals.run", "--json", "--set", str(DEV), "--store", str(store),
                           *flags], cwd=ROOT, capture_output=True, text=True, timeout=3600)
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    assert lines, f"evals.run printed nothing; stderr:\n{done.stderr[-3000:]}"
    return json.loads(lines[-1])


@pytest.mark.eval
def test_generated_run_loses_nothing(tmp_path) -> None:
    extractive = gate(tmp_path)
    generated = gate(tmp_path, "--llm")  # same store: the second run re-embeds nothing
    assert "generated_rate" not in extractive
    assert generated["fallback_rate"] == 0.0 and generated["generated_rate"] == 1.0, generated["fallback_reasons"]
    # restating only the evidence may drop a composer's frame (a ranking's header): never a figure, a citation or a
    # place, so no accuracy may fall and no wrong region or period may be added
    assert {k: generated[k] for k in WRONG} == {k: extractive[k] for k in WRONG}
    assert all(generated[k] >= extractive[k] for k in ACCURACY), {k: (generated[k], extractive[k]) for k in ACCURACY}
