namespace FactoryCps.Cvss;

/// <summary>
/// CVSS v4.0 scoring (specification section 8.2): the vector falls into a MacroVector of six equivalence
/// classes, whose score comes from FIRST's table; the score is then lowered by how far the vector lies below
/// the class's highest-severity vectors, interpolated towards the next lower MacroVectors.
/// </summary>
internal static class CvssV4Scorer
{
    private const double Step = 0.1;

    private static readonly string[] ImpactMetrics = ["VC", "VI", "VA", "SC", "SI", "SA"];

    private static readonly string[] DistanceMetrics = ["AV", "PR", "UI", "AC", "AT", "VC", "VI", "VA", "SC", "SI", "SA", "CR", "IR", "AR"];

    public static CvssScores Score(CvssVector v)
    {
        var threat = v.IsDefined("E");
        var environmental = CvssMetricCatalog.V4.Metrics
            .Any(m => m.Group == CvssMetricGroup.Environmental && v.IsDefined(m.Name));
        var score = ScoreOf(metric => Effective(v, metric, useAll: true));
        var baseScore = threat || environmental ? ScoreOf(metric => Effective(v, metric, useAll: false)) : score;
        return new CvssScores(v.Version, baseScore, null, null, score, CvssScores.NomenclatureOf(threat, environmental));
    }

    /// <summary>
    /// The value the equations use: unset threat and requirements assume the worst (E:A, CR/IR/AR:H), and a
    /// modified base metric replaces its base metric. Without <paramref name="useAll"/> only the base metrics
    /// count, which gives CVSS-B.
    /// </summary>
    private static string Effective(CvssVector v, string metric, bool useAll)
    {
        switch (metric)
        {
            case "E":
                return useAll && v.IsDefined("E") ? v["E"] : "A";
            case "CR" or "IR" or "AR":
                return useAll && v.IsDefined(metric) ? v[metric] : "H";
            default:
                return useAll && v.IsDefined("M" + metric) ? v["M" + metric] : v[metric];
        }
    }

    private static double ScoreOf(Func<string, string> m)
    {
        if (ImpactMetrics.All(metric => m(metric) == "N"))
        {
            return 0.0;
        }

        var tables = CvssV4Tables.Default;
        var eq1 = (m("AV"), m("PR"), m("UI")) switch
        {
            ("N", "N", "N") => 0,
            (var av, var pr, var ui) when av != "P" && (av == "N" || pr == "N" || ui == "N") => 1,
            _ => 2,
        };
        var eq2 = m("AC") == "L" && m("AT") == "N" ? 0 : 1;
        var eq3 = m("VC") == "H" && m("VI") == "H" ? 0 : m("VC") == "H" || m("VI") == "H" || m("VA") == "H" ? 1 : 2;
        var eq4 = m("SI") == "S" || m("SA") == "S" ? 0 : m("SC") == "H" || m("SI") == "H" || m("SA") == "H" ? 1 : 2;
        var eq5 = m("E") switch { "A" => 0, "P" => 1, _ => 2 };
        var eq6 = (m("CR") == "H" && m("VC") == "H") || (m("IR") == "H" && m("VI") == "H") || (m("AR") == "H" && m("VA") == "H") ? 0 : 1;

        double Lookup(int e1, int e2, int e3, int e4, int e5, int e6) =>
            tables.Scores.TryGetValue($"{e1}{e2}{e3}{e4}{e5}{e6}", out var s) ? s : double.NaN;

        var value = Lookup(eq1, eq2, eq3, eq4, eq5, eq6);

        // The next lower MacroVector in each dimension; eq3 and eq6 move together because they are joint.
        var lower1 = Lookup(eq1 + 1, eq2, eq3, eq4, eq5, eq6);
        var lower2 = Lookup(eq1, eq2 + 1, eq3, eq4, eq5, eq6);
        var lower36 = (eq3, eq6) switch
        {
            (0, 0) => HigherOf(Lookup(eq1, eq2, eq3, eq4, eq5, eq6 + 1), Lookup(eq1, eq2, eq3 + 1, eq4, eq5, eq6)),
            (1, 0) => Lookup(eq1, eq2, eq3, eq4, eq5, eq6 + 1),
            (2, 1) => double.NaN,
            _ => Lookup(eq1, eq2, eq3 + 1, eq4, eq5, eq6),
        };
        var lower4 = Lookup(eq1, eq2, eq3, eq4 + 1, eq5, eq6);
        var lower5 = Lookup(eq1, eq2, eq3, eq4, eq5 + 1, eq6);

        // Distance of the vector below the first highest-severity vector of its class that it does not exceed.
        var distance = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var max in MaxVectors(tables, eq1, eq2, eq3, eq4, eq5, eq6))
        {
            foreach (var metric in DistanceMetrics)
            {
                distance[metric] = Level(metric, m(metric)) - Level(metric, max(metric));
            }

            if (distance.Values.All(d => d >= 0))
            {
                break;
            }
        }

        var count = 0;
        var sum = 0.0;
        void Add(double lower, double current, int maxSteps)
        {
            var available = value - lower;
            if (double.IsNaN(available))
            {
                return;
            }

            count++;
            sum += maxSteps == 0 ? 0 : available * (current / (maxSteps * Step));
        }

        Add(lower1, distance["AV"] + distance["PR"] + distance["UI"], tables.MaxSeverity[$"eq1:{eq1}"]);
        Add(lower2, distance["AC"] + distance["AT"], tables.MaxSeverity[$"eq2:{eq2}"]);
        Add(lower36, distance["VC"] + distance["VI"] + distance["VA"] + distance["CR"] + distance["IR"] + distance["AR"],
            tables.MaxSeverity[$"eq3eq6:{eq3}:{eq6}"]);
        Add(lower4, distance["SC"] + distance["SI"] + distance["SA"], tables.MaxSeverity[$"eq4:{eq4}"]);

        // Exploit maturity has a single level per class, so it only counts towards the mean.
        Add(lower5, 0, 0);

        var mean = count == 0 ? 0 : sum / count;
        return RoundToTenth(Math.Clamp(value - mean, 0, 10));
    }

    /// <summary>Like the reference calculator: the left candidate wins only when it is strictly higher.</summary>
    private static double HigherOf(double left, double right) => left > right ? left : right;

    /// <summary>Every combination of the classes' highest-severity partial vectors, in table order.</summary>
    private static IEnumerable<Func<string, string>> MaxVectors(CvssV4Tables tables, int eq1, int eq2, int eq3, int eq4, int eq5, int eq6)
    {
        foreach (var a in tables.MaxVectors[$"eq1:{eq1}"])
        {
            foreach (var b in tables.MaxVectors[$"eq2:{eq2}"])
            {
                foreach (var c in tables.MaxVectors[$"eq3:{eq3}:{eq6}"])
                {
                    foreach (var d in tables.MaxVectors[$"eq4:{eq4}"])
                    {
                        foreach (var e in tables.MaxVectors[$"eq5:{eq5}"])
                        {
                            yield return metric =>
                                a.TryGetValue(metric, out var x) || b.TryGetValue(metric, out x) || c.TryGetValue(metric, out x) ||
                                d.TryGetValue(metric, out x) || e.TryGetValue(metric, out x)
                                    ? x
                                    : throw new InvalidOperationException($"No maximum for metric {metric}.");
                        }
                    }
                }
            }
        }
    }

    /// <summary>Severity levels of the values, in steps of 0.1 (0 = most severe), used to measure distances.</summary>
    private static double Level(string metric, string value) => (metric, value) switch
    {
        ("AV", "N") or ("PR", "N") or ("UI", "N") or ("AC", "L") or ("AT", "N") => 0.0,
        ("AV", "A") or ("PR", "L") or ("UI", "P") or ("AC", "H") or ("AT", "P") => 0.1,
        ("AV", "L") or ("PR", "H") or ("UI", "A") => 0.2,
        ("AV", "P") => 0.3,
        ("VC" or "VI" or "VA", "H") => 0.0,
        ("VC" or "VI" or "VA", "L") => 0.1,
        ("VC" or "VI" or "VA", "N") => 0.2,
        ("SI" or "SA", "S") => 0.0,
        ("SC" or "SI" or "SA", "H") => 0.1,
        ("SC" or "SI" or "SA", "L") => 0.2,
        ("SC" or "SI" or "SA", "N") => 0.3,
        ("CR" or "IR" or "AR", "H") => 0.0,
        ("CR" or "IR" or "AR", "M") => 0.1,
        ("CR" or "IR" or "AR", "L") => 0.2,
        _ => throw new ArgumentOutOfRangeException(nameof(value), $"{metric}:{value}"),
    };

    /// <summary>
    /// One decimal, half away from zero, after a tiny epsilon so that an interpolated 4.45 stored as
    /// 4.4499999… still rounds up, as the reference calculator does.
    /// </summary>
    private static double RoundToTenth(double value) => Math.Round((value + 1e-6) * 10, MidpointRounding.AwayFromZero) / 10;
}
