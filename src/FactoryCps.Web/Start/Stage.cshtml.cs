using System.Globalization;
using System.Text.Json.Nodes;
using FactoryCps.Catalog;
using FactoryCps.Diagnostics;
using FactoryCps.Model;
using FactoryCps.Web.Accounts;
using FactoryCps.Web.Hosting;
using FactoryCps.Web.Resources;
using FactoryCps.Web.Security;
using FactoryCps.Web.Sites;
using FactoryCps.Web.Step1;
using Microsoft.AspNetCore.Mvc;

namespace FactoryCps.Web.Start;

/// <summary>
/// One stage of a new site's guided set-up: what the model already holds for it and a form to add to it. Every save
/// is an ordinary model edit (<see cref="SiteModelStore.SaveObjectAsync"/>: validated as <c>fcps validate</c>
/// validates, audited, refused over a newer version); a refused one shows the page again with the errors at their
/// fields and nothing written.
/// </summary>
[SitePermission(SitePermission.View, SitePermission.EditModel)]
internal sealed class StageModel(SiteModelStore store, GuidelineCatalog catalog) : SitePageModel
{
    private int? _singletonVersion;

    [FromRoute]
    public string Stage { get; set; } = "";

    public StartStage Current { get; private set; } = StartStages.All[0];

    public IReadOnlyList<StartFormView> Forms { get; private set; } = [];

    public JsonObject? Document { get; private set; }

    public GuidelineCatalog Catalog => catalog;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Forms = [.. Current.Forms.Select(f => View(f, null, new FieldErrors(), conflict: false))];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var form = Current.Forms.FirstOrDefault(f => f.Section == Request.Form["__section"]);
        if (form is null)
        {
            return BadRequest();
        }

        var fields = Specs(form);
        var original = FormSchema.IsSingleton(form.Section) ? Document?[form.Section]?.DeepClone().AsObject() : null;
        var body = FormBinding.Apply(original, fields, name => Request.Form[name]);
        var errors = Required(form, fields, body);
        if (!errors.Any)
        {
            if (!FormSchema.IsSingleton(form.Section))
            {
                body["id"] = StartStages.NewId(form.Section, body, Document);
            }

            var expected = int.TryParse(Request.Form["__version"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : (int?)null;
            var result = await store.SaveObjectAsync(Access.Site, form.Section, body, expected, User.Actor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                return Redirect($"/sites/{SiteKey}/start/{Stage}#{form.Section}");
            }

            if (result.Conflict)
            {
                Forms = [.. Current.Forms.Select(f => f == form ? View(f, body, new FieldErrors(), conflict: true) : View(f, null, new FieldErrors(), conflict: false))];
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            }

            errors = InWords(result.Diagnostics, form.Section, fields);
        }

        Forms = [.. Current.Forms.Select(f => f == form ? View(f, body, errors, conflict: false) : View(f, null, new FieldErrors(), conflict: false))];
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    /// <summary>The stage's position for the page's heading (1 of 5).</summary>
    public int Number => StartStages.All.ToList().IndexOf(Current) + 1;

    /// <summary>The name of a model object by its id, or its id marked as one when it has no name.</summary>
    public string NameOf(string section, string? id) =>
        StartStages.Items(Document, section).FirstOrDefault(o => (string?)o["id"] == id)?["name"]?.ToString() ?? id ?? "";

    /// <summary>What a listed object is, in words: an operation's rated impacts, a zone's template, an asset's kind and zone, …</summary>
    public string Summary(string section, JsonObject item)
    {
        var language = Lang.Current;
        var parts = section switch
        {
            "objectives" => [Word(section, "kind", item)],
            "operations" => item["impact"] is JsonObject impact
                ? impact.Select(p => $"{ModelWords.Axis(p.Key, language)} {p.Value}")
                : [WebText.StartNoImpact],
            "zones" => [catalog.ZoneTemplates.FirstOrDefault(t => t.Id == (string?)item["template"]) is { } t ? Lang.T(t.Title) : ""],
            "assets" => [Word(section, "kind", item), NameOf("zones", (string?)item["zone"])],
            "externals" => [Word(section, "kind", item)],
            "conduits" => [$"{NameOf("zones", (string?)item["from"])} → {NameOf("externals", (string?)item["to"])}"],
            _ => Array.Empty<string>(),
        };
        return string.Join(CultureInfo.CurrentCulture.TwoLetterISOLanguageName == "ja" ? "、" : ", ", parts.Where(p => p.Length > 0));
    }

    private static string Word(string section, string field, JsonObject item) =>
        item[field] is JsonValue value && value.TryGetValue<string>(out var text) ? ModelWords.Choice(section, field, text, Lang.Current) : "";

    private async Task<bool> LoadAsync()
    {
        if (StartStages.Find(Stage) is not { } stage)
        {
            return false;
        }

        Current = stage;
        Document = await store.DocumentAsync(Access.Site, HttpContext.RequestAborted);
        if (stage.Forms.FirstOrDefault(f => FormSchema.IsSingleton(f.Section)) is { } singleton)
        {
            _singletonVersion = (await store.ObjectAsync(Access.Site, singleton.Section, singleton.Section, HttpContext.RequestAborted))?.Version;
        }

        return true;
    }

    private static IReadOnlyList<FieldSpec> Specs(StartForm form)
    {
        var all = FormSchema.Fields(form.Section);
        return [.. form.Fields.Select(path => all.Single(f => f.Path == path))];
    }

    /// <summary>What the set-up asks beyond the model (<see cref="StartForm.Asked"/>), each missing one at its field.</summary>
    private static FieldErrors Required(StartForm form, IReadOnlyList<FieldSpec> fields, JsonObject body)
    {
        var errors = new FieldErrors();
        foreach (var field in fields.Where(f => form.Asked.Contains(f.Path) && string.IsNullOrWhiteSpace(FormBinding.Value(body, f))))
        {
            errors.Add(field.Path, string.Format(CultureInfo.CurrentCulture, WebText.StartRequired, Labels.Field(field)));
        }

        return errors;
    }

    /// <summary>
    /// The model's errors at the form's fields; one about the object as a whole (an operation with no impact rated)
    /// above the form as its sentence alone: the position in a model file that no one here has written means nothing.
    /// </summary>
    private static FieldErrors InWords(IEnumerable<Diagnostic> diagnostics, string section, IReadOnlyList<FieldSpec> fields)
    {
        var errors = new FieldErrors();
        var language = Lang.Current;
        foreach (var diagnostic in diagnostics.Where(d => d.Severity == Severity.Error))
        {
            var field = FieldErrors.FieldOf(diagnostic.Path, section);
            var known = field is not null && fields.Any(f => f.Path == field);
            var ours = diagnostic.Path is { } path && path.StartsWith(section, StringComparison.Ordinal);
            errors.Add(known ? field : null, known || ours ? diagnostic.Message.Render(language) : diagnostic.Render(language));
        }

        return errors;
    }

    private StartFormView View(StartForm form, JsonObject? posted, FieldErrors errors, bool conflict)
    {
        var stored = FormSchema.IsSingleton(form.Section) ? Document?[form.Section] as JsonObject : null;
        var values = posted ?? stored;
        var fields = Specs(form).Select(spec => new StartField(
            $"{form.Section}-{spec.Path.Replace('.', '-')}",
            spec,
            Labels.Field(spec),
            form.Asked.Contains(spec.Path) || spec.Required,
            FormBinding.Value(values, spec),
            Options(form.Section, spec),
            errors.For(spec.Path))).ToList();
        var existing = FormSchema.IsSingleton(form.Section) ? [] : StartStages.Items(Document, form.Section).ToList();
        return new StartFormView(form, existing, fields, errors, FormSchema.IsSingleton(form.Section) ? _singletonVersion : null, conflict);
    }

    private List<StartOption>? Options(string section, FieldSpec spec) => (section, spec.Path) switch
    {
        ("zones", "template") => [.. catalog.ZoneTemplates.Select(t => new StartOption(t.Id, Lang.T(t.Title)))],
        (_, "objective") => Objects("objectives"),
        (_, "zone" or "from") => Objects("zones"),
        ("conduits", "to") => Objects("externals"),
        (_, "operations") => Objects("operations"),
        _ when spec.Path.StartsWith("impact.", StringComparison.Ordinal) =>
            [.. catalog.ImportanceScale.Select(l => new StartOption(l.Value.ToString(CultureInfo.InvariantCulture), $"{l.Value} {Lang.T(l.Label)}"))],
        _ when spec.Kind == FieldKind.Boolean => [new("true", WebText.Yes), new("false", WebText.No)],
        _ when spec.Choices.Count > 0 => [.. spec.Choices.Select(c => new StartOption(c, Labels.Choice(section, spec.Path, c)))],
        _ => null,
    };

    private List<StartOption> Objects(string section) =>
        [.. StartStages.Items(Document, section).Select(o => (string?)o["id"]).OfType<string>().Select(id => new StartOption(id, NameOf(section, id)))];
}
