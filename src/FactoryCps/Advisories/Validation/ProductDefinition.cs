using System.Text.Json;

namespace FactoryCps.Advisories.Validation;

/// <summary>
/// A product id definition with where it is. A class rather than a value tuple: collections and LINQ over
/// classes run on code compiled ahead of time, while each value-tuple shape costs compiling at every start.
/// </summary>
internal sealed record ProductDefinition(string Id, ProductPointer Path, JsonElement Product);

/// <summary>A branch of the product tree with its pointer (a class for the reason given on <see cref="ProductDefinition"/>).</summary>
internal sealed record ProductBranch(JsonElement Branch, TreePointer Path);
