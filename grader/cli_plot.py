"""`nndl plot ...`: figures as PNG files (needs matplotlib)."""
from __future__ import annotations

from .cli import _lang
from .messages import t


def cmd_plot(args) -> int:
    from . import plots
    try:
        if args.what == "sigmoid":
            out = plots.step_vs_sigmoid(args.out)
        elif args.what == "curves":
            out = plots.training_curves(plots.read_history(args.history), args.out, title=args.title)
        else:
            images, labels, predictions = plots.read_arrays(args.arrays)
            out, n = plots.misclassified_gallery(images, labels, predictions, args.out,
                                                 max_images=args.max, cols=args.cols)
    except OSError as exc:
        from pathlib import Path

        from .cli import cannot_write
        if exc.filename and Path(exc.filename) != Path(args.out) and not Path(exc.filename).exists():
            raise SystemExit(f"nndl plot: {exc.filename} was not found; check the path") from None
        raise SystemExit(f"nndl plot: {cannot_write(Path(args.out), exc)}") from None
    except (plots.PlotError, ValueError) as exc:
        raise SystemExit(f"nndl plot: {exc}") from None
    print(t("plot_done", _lang(args), out=out))
    return 0


def register(sub) -> None:
    p = sub.add_parser("plot", help="draw figures to PNG: sigmoid, curves, misclassified")
    kinds = p.add_subparsers(dest="what", metavar="FIGURE",
                             help="sigmoid, curves or misclassified")
    s = kinds.add_parser("sigmoid", help="the step function against the sigmoid")
    s.add_argument("out", metavar="OUT.png", help="PNG file to write")
    c = kinds.add_parser("curves", help="accuracy and cost per epoch, training against evaluation data")
    c.add_argument("history", metavar="HISTORY", help="JSON or CSV of per-epoch lists: training_accuracy, evaluation_accuracy, "
                   "training_cost, evaluation_cost (JSON may add n_training, n_evaluation)")
    c.add_argument("out", metavar="OUT.png", help="PNG file to write")
    c.add_argument("--title", default="", help="a title above the plot")
    m = kinds.add_parser("misclassified", help="a gallery of test digits the network got wrong")
    m.add_argument("arrays", metavar="ARRAYS.npz", help=".npz file with arrays images, labels, predictions")
    m.add_argument("out", metavar="OUT.png", help="PNG file to write")
    m.add_argument("--max", type=int, default=24, help="at most this many digits (default 24)")
    m.add_argument("--cols", type=int, default=6, help="digits per row (default 6)")
    for q in (s, c, m):
        q.set_defaults(func=cmd_plot)
