"""What needs the whole corpus: the intake log and report, the passes over it, and the cross-article decisions."""
