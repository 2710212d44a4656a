using FactoryCps.Cases;

namespace FactoryCps.Web.Cases;

/// <summary>The stored case under the core's OODA state machine (FactoryCps.Cases.CaseStateMachine), which holds the rules.</summary>
internal sealed partial class OodaCase : IOodaCase
{
    /// <inheritdoc cref="CaseStateMachine.ManagementImportance"/>
    public const int ManagementImportance = CaseStateMachine.ManagementImportance;

    /// <inheritdoc cref="CaseStateMachine.Update"/>
    public CaseRefusal? Update(CaseActor actor, IReadOnlyCollection<string> movers, CaseFields fields, DateTimeOffset now) =>
        CaseStateMachine.Update(this, actor, movers, fields, now);

    /// <inheritdoc cref="CaseStateMachine.Advance"/>
    public CaseRefusal? Advance(CaseActor actor, IReadOnlyCollection<string> movers, int? assetImportance, DateTimeOffset now, string? resolution = null) =>
        CaseStateMachine.Advance(this, actor, movers, assetImportance, now, resolution);

    /// <inheritdoc cref="CaseStateMachine.Close"/>
    public CaseRefusal? Close(CaseActor actor, IReadOnlyCollection<string> movers, string resolution, int? assetImportance, DateTimeOffset now) =>
        CaseStateMachine.Close(this, actor, movers, resolution, assetImportance, now);

    /// <inheritdoc cref="CaseStateMachine.Approve"/>
    public CaseRefusal? Approve(CaseActor actor, DateTimeOffset now) => CaseStateMachine.Approve(this, actor, now);

    /// <inheritdoc cref="CaseStateMachine.NeedsManagement"/>
    public static bool NeedsManagement(int? assetImportance) => CaseStateMachine.NeedsManagement(assetImportance);

    /// <inheritdoc cref="CaseStateMachine.IsOverdue"/>
    public bool IsOverdue(DateTimeOffset now) => CaseStateMachine.IsOverdue(this, now);

    void IOodaCase.AddEvent(CaseEvent step) =>
        Events.Add(new OodaCaseEvent { At = step.At, UserName = step.UserName, Kind = step.Kind, FromPhase = step.FromPhase, ToPhase = step.ToPhase, Note = step.Note });
}
