using System.Globalization;
using System.Text;

namespace FactoryCps.Synthetic;

/// <summary>
/// Writes large, plausible factory models for benchmarks and load tests: zones of every template,
/// assets of every kind, conduits, externals and data flows, countermeasure statuses. Deterministic for a seed.
/// </summary>
internal static class SyntheticModel
{
    private static readonly string[] Templates = ["enterprise", "dmz", "operations", "control", "control", "control", "safety", "field", "automated-warehouse", "cloud-connection"];
    private static readonly string[] Kinds = ["plc", "hmi", "scada", "engineering-workstation", "historian", "mes", "server", "pc", "database", "sensor", "camera", "robot", "agv", "iot-gateway", "network-device", "sis"];
    private static readonly string[] Statuses = ["implemented", "partial", "planned", "missing"];

    public sealed record Size(int Assets, int Zones, int Conduits, int DataFlows, int Externals = 50, int Operations = 200)
    {
        public static Size Benchmark { get; } = new(10_000, 500, 2_000, 5_000);

        public Size Times(int factor) => new(Assets * factor, Zones * factor, Conduits * factor, DataFlows * factor, Externals * factor, Operations * factor);
    }

    /// <summary>
    /// Writes the model. With <paramref name="products"/>, three assets in four get a vendor, product and version
    /// drawn from them (and a fifth of those a slightly different version), so that advisory matching has work.
    /// </summary>
    public static string Generate(Size size, IReadOnlyList<string> countermeasureIds, int seed = 42, IReadOnlyList<SyntheticProduct>? products = null)
    {
        var random = new Random(seed);
        var yaml = new StringBuilder(size.Assets * 160);
        var date = new DateOnly(2026, 1, 1);
        yaml.Append("format: 1\nsite: { id: synthetic, name: Synthetic plant, industry: semiconductor }\n");
        yaml.Append("objectives:\n  - { id: visualize, kind: visualization, since: 2026-04-01 }\n");
        yaml.Append("bcp: { reviewed: 2026-05-01 }\n");
        yaml.Append("stakeholders:\n  - { id: sec-dept, kind: internal }\n  - { id: vendor, kind: vendor }\n");

        yaml.Append("operations:\n");
        for (var i = 0; i < size.Operations; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{ id: op{i}, impact: {{ safety: {1 + random.Next(3)}, quality: {1 + random.Next(3)}, delivery: {1 + random.Next(3)} }} }}\n");
        }

        yaml.Append("zones:\n");
        for (var i = 0; i < size.Zones; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{ id: z{i}, name: Zone {i}, template: {Templates[i % Templates.Length]} }}\n");
        }

        yaml.Append("externals:\n");
        for (var i = 0; i < size.Externals; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{ id: x{i}, kind: {(i % 3 == 0 ? "vendor-remote" : "cloud")} }}\n");
        }

        yaml.Append("assets:\n");
        for (var i = 0; i < size.Assets; i++)
        {
            var kind = Kinds[random.Next(Kinds.Length)];
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{ id: a{i}, kind: {kind}, zone: z{random.Next(size.Zones)}, operations: [op{random.Next(size.Operations)}, op{random.Next(size.Operations)}]");
            if (random.Next(10) == 0)
            {
                yaml.Append(", generalPurpose: true");
            }

            if (products is { Count: > 0 } && random.Next(4) != 0)
            {
                var product = products[random.Next(products.Count)];
                var version = random.Next(5) == 0 ? product.Version + ".1" : product.Version;
                yaml.Append(CultureInfo.InvariantCulture, $", vendor: {Quoted(product.Vendor)}, product: {Quoted(product.Product)}, version: {Quoted(version)}");
            }

            if (kind is "historian" or "database")
            {
                yaml.Append(CultureInfo.InvariantCulture, $", storesData: true, capacityUsedPercent: {random.Next(40, 100)}");
            }

            if (random.Next(20) == 0)
            {
                yaml.Append(CultureInfo.InvariantCulture, $", licenseExpires: {date.AddDays(random.Next(900)):yyyy-MM-dd}");
            }

            if (random.Next(20) == 0)
            {
                yaml.Append(CultureInfo.InvariantCulture, $", supportEnds: {date.AddDays(random.Next(1500)):yyyy-MM-dd}");
            }

            yaml.Append(" }\n");
        }

        yaml.Append("conduits:\n");
        for (var i = 0; i < size.Conduits; i++)
        {
            var from = random.Next(size.Zones);
            var to = random.Next(10) == 0 ? $"x{random.Next(size.Externals)}" : $"z{(from + 1 + random.Next(size.Zones - 1)) % size.Zones}";
            var controls = random.Next(3) == 0 ? "[]" : "[firewall]";
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{ id: c{i}, from: z{from}, to: {to}, protocols: [opc-ua], encrypted: {(random.Next(2) == 0 ? "true" : "false")}, controls: {controls} }}\n");
        }

        yaml.Append("dataFlows:\n");
        for (var i = 0; i < size.DataFlows; i++)
        {
            var to = random.Next(8) == 0 ? $"x{random.Next(size.Externals)}" : $"a{random.Next(size.Assets)}";
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{ id: f{i}, from: a{random.Next(size.Assets)}, to: {to}, feedback: {(random.Next(10) == 0 ? "true" : "false")}, personalOrConfidential: {(random.Next(10) == 0 ? "true" : "false")} }}\n");
        }

        yaml.Append("countermeasures:\n");
        foreach (var id in countermeasureIds.Where((_, i) => i % 2 == 0))
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{ id: {id}, status: {Statuses[random.Next(Statuses.Length)]}, owner: sec-dept }}\n");
        }

        return yaml.ToString();
    }

    /// <summary>A YAML double-quoted scalar: advisory names hold commas, colons and quotes.</summary>
    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
