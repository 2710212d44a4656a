namespace FactoryCps.Cvss;

/// <summary>
/// The metrics and values of each version, transcribed from the FIRST specifications (v2 guide tables 1-13,
/// v3.0/v3.1 section 7.4 / table 15, v4.0 section 7 / table 23). The order is the specification's vector order.
/// </summary>
internal static class CvssMetricCatalog
{
    private const CvssMetricGroup B = CvssMetricGroup.Base;
    private const CvssMetricGroup T = CvssMetricGroup.Temporal;
    private const CvssMetricGroup E = CvssMetricGroup.Environmental;
    private const CvssMetricGroup S = CvssMetricGroup.Supplemental;

    public static CvssVersionSpec V2 { get; } = new(orderRequired: true, notDefined: "ND",
    [
        M("AV", B, "L", "A", "N"),
        M("AC", B, "H", "M", "L"),
        M("Au", B, "M", "S", "N"),
        M("C", B, "N", "P", "C"),
        M("I", B, "N", "P", "C"),
        M("A", B, "N", "P", "C"),
        M("E", T, "U", "POC", "F", "H", "ND"),
        M("RL", T, "OF", "TF", "W", "U", "ND"),
        M("RC", T, "UC", "UR", "C", "ND"),
        M("CDP", E, "N", "L", "LM", "MH", "H", "ND"),
        M("TD", E, "N", "L", "M", "H", "ND"),
        M("CR", E, "L", "M", "H", "ND"),
        M("IR", E, "L", "M", "H", "ND"),
        M("AR", E, "L", "M", "H", "ND"),
    ]);

    public static CvssVersionSpec V3 { get; } = new(orderRequired: false, notDefined: "X",
    [
        M("AV", B, "N", "A", "L", "P"),
        M("AC", B, "L", "H"),
        M("PR", B, "N", "L", "H"),
        M("UI", B, "N", "R"),
        M("S", B, "U", "C"),
        M("C", B, "H", "L", "N"),
        M("I", B, "H", "L", "N"),
        M("A", B, "H", "L", "N"),
        M("E", T, "X", "H", "F", "P", "U"),
        M("RL", T, "X", "U", "W", "T", "O"),
        M("RC", T, "X", "C", "R", "U"),
        M("CR", E, "X", "H", "M", "L"),
        M("IR", E, "X", "H", "M", "L"),
        M("AR", E, "X", "H", "M", "L"),
        M("MAV", E, "X", "N", "A", "L", "P"),
        M("MAC", E, "X", "L", "H"),
        M("MPR", E, "X", "N", "L", "H"),
        M("MUI", E, "X", "N", "R"),
        M("MS", E, "X", "U", "C"),
        M("MC", E, "X", "H", "L", "N"),
        M("MI", E, "X", "H", "L", "N"),
        M("MA", E, "X", "H", "L", "N"),
    ]);

    public static CvssVersionSpec V4 { get; } = new(orderRequired: true, notDefined: "X",
    [
        M("AV", B, "N", "A", "L", "P"),
        M("AC", B, "L", "H"),
        M("AT", B, "N", "P"),
        M("PR", B, "N", "L", "H"),
        M("UI", B, "N", "P", "A"),
        M("VC", B, "H", "L", "N"),
        M("VI", B, "H", "L", "N"),
        M("VA", B, "H", "L", "N"),
        M("SC", B, "H", "L", "N"),
        M("SI", B, "H", "L", "N"),
        M("SA", B, "H", "L", "N"),
        M("E", T, "X", "A", "P", "U"),
        M("CR", E, "X", "H", "M", "L"),
        M("IR", E, "X", "H", "M", "L"),
        M("AR", E, "X", "H", "M", "L"),
        M("MAV", E, "X", "N", "A", "L", "P"),
        M("MAC", E, "X", "L", "H"),
        M("MAT", E, "X", "N", "P"),
        M("MPR", E, "X", "N", "L", "H"),
        M("MUI", E, "X", "N", "P", "A"),
        M("MVC", E, "X", "H", "L", "N"),
        M("MVI", E, "X", "H", "L", "N"),
        M("MVA", E, "X", "H", "L", "N"),
        M("MSC", E, "X", "H", "L", "N"),

        // Safety (S) exists only as a modified value of the subsequent system's integrity and availability.
        M("MSI", E, "X", "S", "H", "L", "N"),
        M("MSA", E, "X", "S", "H", "L", "N"),
        M("S", S, "X", "N", "P"),
        M("AU", S, "X", "N", "Y"),
        M("R", S, "X", "A", "U", "I"),
        M("V", S, "X", "D", "C"),
        M("RE", S, "X", "L", "M", "H"),
        M("U", S, "X", "Clear", "Green", "Amber", "Red"),
    ]);

    private static CvssMetricSpec M(string name, CvssMetricGroup group, params string[] values) => new(name, group, values);
}
