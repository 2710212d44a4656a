namespace FactoryCps.Cvss;

/// <summary>The CVSS versions whose vectors can be parsed and scored.</summary>
public enum CvssVersion
{
    V2,
    V30,
    V31,
    V40,
}
