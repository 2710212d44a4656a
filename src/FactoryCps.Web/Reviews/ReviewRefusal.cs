namespace FactoryCps.Web.Reviews;

/// <summary>Why the desk refused a change of a review; the API's <c>code</c> and the page's sentence come from it.</summary>
internal enum ReviewRefusal
{
    NotFound,

    /// <summary>A closed review is a record: nothing of it changes.</summary>
    Closed,

    /// <summary>Someone saved the review since the caller read it.</summary>
    ChangedMeanwhile,

    /// <summary>Closing needs at least one participant: a review nobody attended is not a record of one.</summary>
    NoParticipants,

    /// <summary>Closing needs the decisions written down.</summary>
    NoDecisions,

    /// <summary>A review is recorded on or after the day it was held, not before.</summary>
    HeldInFuture,

    /// <summary>Recording the BCP re-check was refused by the model's own checks; nothing was written.</summary>
    BcpRefused,
}
