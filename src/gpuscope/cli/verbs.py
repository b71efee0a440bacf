"""The CLI verbs and the modules that implement them (kept tiny: the launcher reads it to
decide between the CLI and the window before importing either)."""

#: verb -> module under gpuscope.cli providing ``add_parser(subparsers)`` and ``run(args) -> int``.
VERBS: dict[str, str] = {
    "estimate": "gpuscope.cli.estimate_cmd",
    "models": "gpuscope.cli.models_cmd",
    "detect": "gpuscope.cli.detect_cmd",
    "gpus": "gpuscope.cli.gpus_cmd",
    "snapshot": "gpuscope.cli.snapshot_cmd",
    "plan": "gpuscope.cli.plan_cmd",
    "fits": "gpuscope.cli.fits_cmd",
}
