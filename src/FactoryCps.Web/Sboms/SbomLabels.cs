using FactoryCps.Sboms;
using FactoryCps.Web.Resources;

namespace FactoryCps.Web.Sboms;

/// <summary>The words the SBOM pages use for the core's licence concerns and diff changes.</summary>
internal static class SbomLabels
{
    public static string Concern(LicenseConcern concern) => concern switch
    {
        LicenseConcern.Missing => WebText.SbomConcernMissing,
        LicenseConcern.NoAssertion => WebText.SbomConcernNoAssertion,
        LicenseConcern.Unknown => WebText.SbomConcernUnknown,
        _ => WebText.SbomConcernNone,
    };

    public static string Change(SbomChangeKind kind) => kind switch
    {
        SbomChangeKind.Added => WebText.SbomChangeAdded,
        SbomChangeKind.Removed => WebText.SbomChangeRemoved,
        _ => WebText.SbomChangeChanged,
    };
}
