namespace FactoryCps.Web.Sboms;

/// <summary>An SBOM that reads but lists more components than the web application stores for one asset.</summary>
internal sealed class SbomTooManyComponentsException(int count, int limit)
    : Exception($"The SBOM lists {count} components; at most {limit} are accepted.")
{
    public int Count { get; } = count;

    public int Limit { get; } = limit;
}
