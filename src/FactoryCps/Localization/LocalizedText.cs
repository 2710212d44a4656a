namespace FactoryCps.Localization;

/// <summary>A text in Japanese and English; both are required wherever a user sees it.</summary>
internal sealed record LocalizedText(string Ja, string En)
{
    public string Get(Language language) => language == Language.En ? En : Ja;

    public override string ToString() => Ja;
}
