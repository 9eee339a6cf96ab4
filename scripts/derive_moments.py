#!/usr/bin/python3
"""Derives the real-world moments of configs/validation/facts.yaml from public data sets shipped by Debian.

Data read (nothing is downloaded):
  * statsmodels.datasets.macrodata (Debian python3-statsmodels): US quarterly macro series 1959Q1-2009Q3,
    real GDP, consumption, investment (billions of chained 2005 dollars, SAAR), unemployment rate (%),
    CPI inflation (% a year, annualised quarter on quarter).
  * vega_datasets us-employment.csv (Debian python3-vega-datasets): US nonfarm payroll employment,
    monthly 2006-01 to 2015-12, thousands (BLS CES).

Writes configs/validation/derived-moments.json (or the path given as the first argument): one entry per
moment, with its value, the data set, the sample and how it was computed. facts.yaml cites these entries
by name (real.moment) and FactsFileTest checks that the two agree.

    apt-get install -y python3-statsmodels python3-vega-datasets
    /usr/bin/python3 scripts/derive_moments.py
"""
import json
import os
import sys

import numpy as np
import pandas as pd
from statsmodels.datasets import macrodata
import vega_datasets

MACRO = "statsmodels.datasets.macrodata (Debian python3-statsmodels %s)"
EMPLOYMENT = "vega_datasets/_data/us-employment.csv (Debian python3-vega-datasets)"


def quarter_label(row):
    return "%dQ%d" % (int(row["year"]), int(row["quarter"]))


def episode(d, first_year, last_year):
    """The largest fall of output from a running peak inside [first_year, last_year], and what consumption and
    investment did between that peak and trough."""
    window = d[(d.year >= first_year) & (d.year <= last_year)]
    drawdown = window.realgdp / window.realgdp.cummax() - 1
    trough = drawdown.idxmin()
    peak = window.loc[:trough].realgdp.idxmax()
    change = lambda column: d.loc[trough, column] / d.loc[peak, column] - 1
    recovered = d.loc[trough:][d.loc[trough:].realgdp >= d.loc[peak, "realgdp"]]
    recovery_quarters = None if recovered.empty else int(recovered.index[0] - trough)
    return {
        "peak": quarter_label(d.loc[peak]), "trough": quarter_label(d.loc[trough]),
        "output_change": change("realgdp"), "consumption_change": change("realcons"),
        "investment_change": change("realinv"),
        "consumption_minus_investment_change": change("realcons") - change("realinv"),
        "recovery_months": None if recovery_quarters is None else 3 * recovery_quarters,
    }


def moment(value, data, sample, how):
    return {"value": None if value is None else round(float(value), 4), "data": data, "sample": sample,
            "how": how}


def main():
    import statsmodels
    d = macrodata.load_pandas().data
    macro = MACRO % statsmodels.__version__
    growth = np.log(d[["realgdp", "realcons", "realinv"]]).diff().dropna()
    du = d.unemp.diff().dropna()
    dy = growth.realgdp
    sample = "1959Q2-2009Q3, %d quarters" % len(dy)
    slope = np.polyfit(100 * dy, du, 1)[0]
    out = {
        "sd_consumption_over_sd_output": moment(growth.realcons.std() / dy.std(), macro, sample,
            "sd of quarterly log growth of realcons / sd of that of realgdp"),
        "sd_investment_over_sd_output": moment(growth.realinv.std() / dy.std(), macro, sample,
            "sd of quarterly log growth of realinv / sd of that of realgdp"),
        "corr_du_dy": moment(np.corrcoef(du, dy)[0, 1], macro, sample,
            "Pearson correlation of the quarterly change in unemp (points) with the log growth of realgdp"),
        "okun_slope": moment(slope, macro, sample,
            "OLS slope of the quarterly change in unemp (points) on the log growth of realgdp (percent)"),
    }
    for name, (first, last) in {"2000_02": (2000, 2002), "2007_09": (2007, 2009)}.items():
        e = episode(d, first, last)
        span = "%s (output peak) to %s (output trough)" % (e["peak"], e["trough"])
        out["output_peak_to_trough_" + name] = moment(e["output_change"], macro, span,
            "realgdp[trough] / realgdp[peak] - 1 for the largest fall from a running peak in %d-%d" % (first, last))
        out["consumption_minus_investment_change_" + name] = moment(e["consumption_minus_investment_change"], macro,
            span, "(realcons[trough]/realcons[peak] - 1) - (realinv[trough]/realinv[peak] - 1) at the output peak "
                  "and trough: positive when consumption fell less than investment (consumption %+.4f, investment %+.4f)"
                  % (e["consumption_change"], e["investment_change"]))
        out["output_recovery_months_" + name] = moment(e["recovery_months"], macro, span,
            "3 x quarters from the output trough until realgdp is back at its peak (null: not within the data)")
    dot_com = d[(d.year >= 2000) & (d.year <= 2004)]
    out["peak_unemployment_2001_04"] = moment(dot_com.unemp.max() / 100, macro, "2000Q1-2004Q4",
        "highest quarterly unemp (as a share); monthly BLS peak is 6.3% (June 2003)")
    out["max_unemployment_1959_2009"] = moment(d.unemp.max() / 100, macro, sample,
        "highest quarterly unemp (as a share), %s" % quarter_label(d.loc[d.unemp.idxmax()]))
    out["unemployment_range_1959_2009"] = moment((d.unemp.max() - d.unemp.min()) / 100, macro, sample,
        "highest minus lowest quarterly unemp (as a share)")
    out["max_quarterly_unemployment_move"] = moment(du.abs().max() / 100, macro, sample,
        "largest absolute quarter-on-quarter change of unemp (as a share)")
    deflation = d[d.infl < -1.0]
    out["months_inflation_below_minus_1pct"] = moment(3 * len(deflation), macro, "1959Q1-2009Q3",
        "3 x quarters with infl (annualised CPI inflation, %% a year) below -1: %s"
        % ", ".join(quarter_label(r) for _, r in deflation.iterrows()))
    jobs = pd.read_csv(os.path.join(os.path.dirname(vega_datasets.__file__), "_data", "us-employment.csv"))
    change = np.log(jobs.nonfarm).diff().dropna()
    worst = jobs.month[change.abs().idxmax()]
    out["max_monthly_employment_move"] = moment(change.abs().max(), EMPLOYMENT,
        "2006-02 to 2015-12, %d months" % len(change),
        "largest absolute monthly log change of nonfarm payrolls (%s); with a steady labour force the "
        "unemployment rate moves by about as much" % worst)
    target = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "configs",
                                                                "validation", "derived-moments.json")
    with open(target, "w") as f:
        json.dump(out, f, indent=2)
        f.write("\n")
    for key, m in out.items():
        print("%-45s %10s  %s" % (key, m["value"], m["sample"]))


if __name__ == "__main__":
    main()
