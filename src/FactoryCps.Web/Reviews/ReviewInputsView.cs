using FactoryCps.Reports;
using FactoryCps.Reviews;

namespace FactoryCps.Web.Reviews;

/// <summary>What the inputs' partial shows: the gathered inputs, the words of the site's analysis, and the site's key for links.</summary>
internal sealed record ReviewInputsView(ReviewInputs Inputs, ReportContext Words, string SiteKey);
