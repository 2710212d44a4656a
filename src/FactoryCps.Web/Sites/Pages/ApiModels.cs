using System.Text.Json.Nodes;

namespace FactoryCps.Web.Sites.Pages;

// The shapes the API answers with, named so that the OpenAPI document describes them. Model objects themselves
// stay JSON objects in the model format (shared/spec/factory-model.md): that format is their one definition.

/// <summary>A site the caller may see, and the caller's role there (<c>admin</c> for an administrator without one).</summary>
internal sealed record SiteListItem(string Key, string? Name, string Role, DateTimeOffset UpdatedAt);

/// <summary>A site: its fields, the caller's role, and how many objects each section of its model holds.</summary>
internal sealed record SiteSummary(
    string Key,
    string? Name,
    string Role,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyDictionary<string, int> Sections);

/// <summary>The outcome of importing a whole model: the site, and the warnings the model has.</summary>
internal sealed record ImportSummary(SiteSummary Site, JsonArray Warnings);

/// <summary>One object of a section with its address (<c>key</c>) and version (the ETag of its own address).</summary>
internal sealed record ObjectItem(string Key, int Version, DateTimeOffset UpdatedAt, string? UpdatedBy, JsonObject Object);

internal sealed record ObjectList(string Section, IReadOnlyList<ObjectItem> Items);
