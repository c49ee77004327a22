"""The gold-set gate, run exactly as CI runs it: `python -m evals.run --json` must exit 0 and report passed.

Slow (it indexes its corpora and asks every gold question: tens of minutes, more on a loaded machine; the
timeout only guards against a hang); deselect with `-m "not eval"`.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from evals.thresholds import MIN_COUNTS
from settings import ROOT


@pytest.mark.eval
def test_gold_set_gate_passes():
    done = subprocess.run([sys.executable, "-m", "evals.run", "--json"], cwd=ROOT,
                          capture_output=True, text=True, timeout=3600)
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    assert lines, f"evals.run printed nothing; stderr:\n{done.stderr[-3000:]}"
    metrics = json.loads(lines[-1])
    assert metrics["n"] >= MIN_COUNTS["n"] and set(metrics["splits"]) == {"dev", "test"}
    assert metrics["passed"] is True, f"metrics under their thresholds: {metrics.get('failed')}\n{metrics}"
    assert done.returncode == 0, done.stderr[-3000:]
