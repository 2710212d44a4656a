namespace FactoryCps.Matching;

/// <summary>A product found by vendor and product name, with how each was matched.</summary>
internal sealed record NameCandidate(IndexedProduct Product, MatchReason Vendor, MatchReason Name);
