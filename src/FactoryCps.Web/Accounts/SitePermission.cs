namespace FactoryCps.Web.Accounts;

/// <summary>What a person may do at a site. Every page and API call names the one it needs.</summary>
internal enum SitePermission
{
    /// <summary>See the site: dashboard, model, analysis, reports.</summary>
    View,

    /// <summary>Step 1: objectives, BCP, requirements, stakeholders, operations, assets, zones, conduits, data flows.</summary>
    EditModel,

    /// <summary>Step 2: countermeasure statuses, owners and due dates.</summary>
    EditCountermeasures,

    /// <summary>Step 3: the site's OODA role assignment.</summary>
    EditOoda,

    /// <summary>Step 3: report incidents and work on cases (each phase further limited to its OODA roles).</summary>
    WorkCases,

    /// <summary>Replace the whole model from a file, and export it.</summary>
    Import,

    /// <summary>Read and export the site's audit log.</summary>
    ViewAudit,

    /// <summary>Give people roles at the site.</summary>
    ManageMembers,

    /// <summary>Suppliers and what they supply; issue questionnaires and invitation links to the supplier portal.</summary>
    ManageSuppliers,

    /// <summary>Step 3 self-assessment: answer a round's questions given to you, your role or anyone, with evidence files.</summary>
    AnswerAssessments,

    /// <summary>Step 3 self-assessment: create a round, review its answers and close it (applying its result to the Step 2 statuses needs EditCountermeasures too).</summary>
    ManageAssessments,

    /// <summary>Step 3 PDCA review: record a review (participants, decisions, actions, next date, the BCP re-check) and close it.</summary>
    ManageReviews,
}
