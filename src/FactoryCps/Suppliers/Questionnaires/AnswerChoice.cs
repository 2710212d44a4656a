namespace FactoryCps.Suppliers.Questionnaires;

/// <summary>A supplier's answer to one questionnaire item.</summary>
public enum AnswerChoice
{
    Yes,
    Partly,
    No,
    NotApplicable,
}

/// <summary>The answers' spelling in files, the API and spreadsheets: <c>yes</c>, <c>partly</c>, <c>no</c>, <c>not-applicable</c>.</summary>
internal static class AnswerChoices
{
    public static readonly IReadOnlyList<string> Codes = ["yes", "partly", "no", "not-applicable"];

    public static string Code(this AnswerChoice choice) => Codes[(int)choice];

    public static AnswerChoice? Parse(string? code)
    {
        for (var i = 0; i < Codes.Count; i++)
        {
            if (string.Equals(Codes[i], code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return (AnswerChoice)i;
            }
        }

        return null;
    }
}
