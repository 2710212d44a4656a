using System.Text.Json.Nodes;
using FactoryCps.Web.Step1;

namespace FactoryCps.Web.Start;

/// <summary>A set-up form on its page: what the section already holds, the inputs, and errors not at a field.</summary>
internal sealed record StartFormView(StartForm Form, IReadOnlyList<JsonObject> Existing, IReadOnlyList<StartField> Fields, FieldErrors Errors, int? Version, bool Conflict)
{
    public string Section => Form.Section;

    /// <summary>The BCP is one object: its form edits it rather than adding another.</summary>
    public bool IsSingleton => FormSchema.IsSingleton(Form.Section);
}
