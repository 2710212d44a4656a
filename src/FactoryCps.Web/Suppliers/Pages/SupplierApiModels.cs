using FactoryCps.Localization;
using FactoryCps.Web.Suppliers.Questionnaires;

namespace FactoryCps.Web.Suppliers.Pages;

/// <summary>A supplier in the API; its version is also the ETag.</summary>
internal sealed record SupplierDto(int Id, string Name, string Kind, string? Contact, string? Stakeholder, int Version, List<SuppliedItemDto>? Items)
{
    public static SupplierDto Of(Supplier s, bool withItems) =>
        new(s.Id, s.Name, s.Kind, s.Contact, s.StakeholderId, s.Version, withItems ? [.. s.Items.Select(SuppliedItemDto.Of)] : null);
}

/// <summary>A supplied item in the API; its version is also the ETag.</summary>
internal sealed record SuppliedItemDto(
    int Id,
    int Supplier,
    string Name,
    string Category,
    string Phase,
    DateOnly? ContractStart,
    DateOnly? ContractEnd,
    DateOnly? SupportEnd,
    List<string> Zones,
    List<string> Assets,
    List<string> Externals,
    List<string> Conduits,
    int Version)
{
    public static SuppliedItemDto Of(SuppliedItem i) =>
        new(i.Id, i.SupplierId, i.Name, i.Category, i.Phase, i.ContractStart, i.ContractEnd, i.SupportEnd, i.Zones, i.Assets, i.Externals, i.Conduits, i.Version);
}

/// <summary>The body of a supplier's create or update; unknown properties are refused.</summary>
internal sealed record SupplierBody(string? Name, string? Kind, string? Contact, string? Stakeholder)
{
    public SupplierInput Input => new(Name, Kind, Contact, Stakeholder);
}

/// <summary>The body of a supplied item's create or update; unknown properties are refused.</summary>
internal sealed record SuppliedItemBody(
    string? Name,
    string? Category,
    string? Phase,
    DateOnly? ContractStart,
    DateOnly? ContractEnd,
    DateOnly? SupportEnd,
    List<string>? Zones,
    List<string>? Assets,
    List<string>? Externals,
    List<string>? Conduits)
{
    public SuppliedItemInput Input => new(Name, Category, Phase, ContractStart, ContractEnd, SupportEnd, Zones, Assets, Externals, Conduits);
}

/// <summary>A questionnaire in lists: who, what, which round, how far answered.</summary>
internal sealed record QuestionnaireSummaryDto(
    int Number,
    string PublicId,
    int Supplier,
    string SupplierName,
    int Item,
    string ItemName,
    int Round,
    string Status,
    string Category,
    string Phase,
    DateTimeOffset IssuedAt,
    string IssuedBy,
    DateOnly? DueDate,
    int Questions,
    int Answered)
{
    public static QuestionnaireSummaryDto Of(Questionnaire q) =>
        new(q.Number, q.PublicId, q.SupplierId, q.Supplier?.Name ?? "", q.SuppliedItemId, q.SuppliedItem?.Name ?? "", q.Round, q.Status, q.Category, q.Phase,
            q.IssuedAt, q.IssuedBy, q.DueDate, q.Items.Count, q.Items.Count(i => i.Answer is not null));
}

/// <summary>One question as issued, with its answer, the evidence given for it and the security department's judgement.</summary>
internal sealed record QuestionDto(
    string ItemId,
    LocalizedText Text,
    string Basis,
    string? BasisRef,
    string? Answer,
    string? Comment,
    string? AnsweredBy,
    DateTimeOffset? AnsweredAt,
    List<EvidenceDto> Evidence,
    string? Judgement,
    string? JudgementNote,
    bool JudgementBlocking,
    string? JudgedBy,
    DateTimeOffset? JudgedAt);

internal sealed record EvidenceDto(long Id, string FileName, string ContentType, long Size, string Sha256, DateTimeOffset UploadedAt, string UploadedBy);

/// <summary>A questionnaire with its questions, answers and judgements, and the domain's review of them; its version is the ETag.</summary>
internal sealed record QuestionnaireDetailDto(QuestionnaireSummaryDto Summary, List<QuestionDto> Questions, ReviewDto Review)
{
    public static QuestionnaireDetailDto Of(Questionnaire q, IReadOnlyList<EvidenceSummary> evidence) =>
        new(QuestionnaireSummaryDto.Of(q), [.. q.Items.Select(i => new QuestionDto(
            i.ItemId, new LocalizedText(i.TextJa, i.TextEn), i.Basis, i.BasisRef, i.Answer, i.Comment, i.AnsweredBy, i.AnsweredAt,
            [.. evidence.Where(e => e.ItemId == i.ItemId).Select(e => new EvidenceDto(e.Id, e.FileName, e.ContentType, e.Size, e.Sha256, e.UploadedAt, e.UploadedBy))],
            i.Judgement, i.JudgementNote, i.JudgementBlocking, i.JudgedBy, i.JudgedAt))], ReviewDto.Of(q));
}
