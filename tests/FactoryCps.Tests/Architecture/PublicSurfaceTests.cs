using FactoryCps.Localization;

namespace FactoryCps.Tests.Architecture;

/// <summary>
/// Types are internal by default (the developers' guide): the projects reach each other's internals through
/// InternalsVisibleTo, so a public type is one something outside needs. What stays public, and why, is listed here;
/// a new public type fails this test until it is either made internal or added with its reason.
/// </summary>
public sealed class PublicSurfaceTests
{
    [Fact]
    public void The_core_exports_only_the_enumerations_that_tests_take_as_theory_arguments()
    {
        // xunit runs only public test methods, so an enum a [Theory] takes as a parameter must be public as well.
        string[] theoryArguments =
        [
            "FactoryCps.Cases.CaseRefusal",
            "FactoryCps.Cvss.CvssErrorKind",
            "FactoryCps.Cvss.CvssSeverity",
            "FactoryCps.Cvss.CvssVersion",
            "FactoryCps.Localization.Language",
            "FactoryCps.Suppliers.Questionnaires.AnswerChangeKind",
            "FactoryCps.Suppliers.Questionnaires.AnswerChoice",
        ];

        Assert.Equal(theoryArguments, Exported(typeof(Language).Assembly));
    }

    [Fact]
    public void The_web_and_the_command_line_export_only_their_entry_points()
    {
        Assert.Equal(["FactoryCps.Web.Program"], Exported(typeof(FactoryCps.Web.Program).Assembly));
        // The compiler makes the class of fcps' top-level statements public; everything else is internal.
        Assert.Equal(["Program"], Exported(typeof(FactoryCps.Cli.Cli).Assembly));
    }

    private static string[] Exported(System.Reflection.Assembly assembly) =>
        [.. assembly.GetExportedTypes().Select(t => t.FullName!).Order(StringComparer.Ordinal)];
}
