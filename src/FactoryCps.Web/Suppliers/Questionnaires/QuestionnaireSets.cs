using FactoryCps.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Suppliers.Questionnaires;

/// <summary>The questionnaires', their items' and evidence files' rows.</summary>
internal static class QuestionnaireSets
{
    public static DbSet<Questionnaire> Questionnaires(this FcpsDbContext db) => db.Set<Questionnaire>();

    public static DbSet<QuestionnaireItem> QuestionnaireItems(this FcpsDbContext db) => db.Set<QuestionnaireItem>();

    public static DbSet<EvidenceFile> EvidenceFiles(this FcpsDbContext db) => db.Set<EvidenceFile>();
}
