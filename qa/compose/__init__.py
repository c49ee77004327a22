"""One composer per question kind (see base.py for the protocol they share)."""
