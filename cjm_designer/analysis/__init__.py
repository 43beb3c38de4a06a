"""Journey analysis: the funnel as an absorbing Markov chain, checks, bottlenecks.

Depends on the model only (plus numpy, and networkx imported on first use).
"""

from .chain import Chain, build_chain
from .checks import run_checks
from .funnel import FunnelResult, ReferralResult, compute_funnel
from .graph import build_graph
from .report import AnalysisReport, analyze

__all__ = [
    "AnalysisReport",
    "Chain",
    "FunnelResult",
    "ReferralResult",
    "analyze",
    "build_chain",
    "build_graph",
    "compute_funnel",
    "run_checks",
]
