using System.Text.Json.Nodes;

namespace FactoryCps.Web.Audit.Pages;

// The shapes the audit API answers with, named so that the OpenAPI document describes them.

/// <summary>One audit entry; <c>before</c> and <c>after</c> are the object (or the whole model, for an import).</summary>
internal sealed record AuditItem(long Id, DateTimeOffset At, string UserName, string Action, string? Section, string? Key, JsonNode? Before, JsonNode? After);

/// <summary>A page of the audit log, oldest first; <c>next</c> is the <c>after</c> value of the next page, null at the end.</summary>
internal sealed record AuditPage(IReadOnlyList<AuditItem> Entries, long? Next);
