namespace FactoryCps.Web.Reviews;

/// <summary>What the review form shows: the body as last given (a refused form keeps what the user typed).</summary>
internal sealed record ReviewFormView(ReviewBody Body);
