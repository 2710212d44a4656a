using System.Globalization;
using System.Text.Json.Nodes;
using FactoryCps.Web.Resources;

namespace FactoryCps.Web.Start;

/// <summary>A stage and whether the model already holds what it asks.</summary>
internal sealed record StageState(string Name, bool Done);

/// <summary>The set-up's stages as the model holds them, for the progress list every set-up page shows.</summary>
internal sealed record StartProgress(string SiteKey, string Current, IReadOnlyList<StageState> Stages)
{
    /// <summary>The analysis counts as done once every stage before it is: it is then the result of the set-up.</summary>
    public static StartProgress Of(string siteKey, string current, JsonObject? document)
    {
        List<StageState> stages = [.. StartStages.All.Select(s => new StageState(s.Name, StartStages.IsDone(s.Name, document)))];
        stages.Add(new StageState(StartStages.Analysis, stages.TrueForAll(s => s.Done)));
        return new(siteKey, current, stages);
    }
}

/// <summary>The set-up's words from the resources: a stage's title and our help for it.</summary>
internal static class StartText
{
    public static string Title(string stage) => Get("StartStage_" + stage);

    public static string Help(string stage) => Get("StartHelp_" + stage);

    private static string Get(string key) => WebText.ResourceManager.GetString(key, CultureInfo.CurrentUICulture) ?? key;
}
