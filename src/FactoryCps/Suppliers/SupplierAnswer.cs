namespace FactoryCps.Suppliers;

/// <summary>A supplier's answer to the question <paramref name="ItemId"/>, with an optional comment.</summary>
public sealed record SupplierAnswer(string ItemId, AnswerChoice Choice, string? Comment);
