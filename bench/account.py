"""The generated board's administrator account, which the start-up probes sign in with.

A generated board holds made-up people only; never use this account on real data.
"""

BENCH_USER = "admin"
BENCH_PASSWORD = "bench-wachtwoord-12"
