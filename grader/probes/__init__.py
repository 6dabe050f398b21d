"""Probes: small public functions that run beside the student's code (see grader.checks.probe).

One module per exercise, at the mirrored path grader/probes/chN/NAME.py.  They are
sent into the sandbox and ship with the student bundle: nothing in them is secret.
"""
