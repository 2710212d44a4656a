using FactoryCps.Advisories.Validation;

namespace FactoryCps.Advisories;

/// <summary>A test of CSAF 2.0 section 6 by its id; <see cref="Run"/> is null where fcps does not implement it.</summary>
internal sealed record CsafTest(string Id, Action<CsafTestContext>? Run);
