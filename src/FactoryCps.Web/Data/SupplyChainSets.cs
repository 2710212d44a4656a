using FactoryCps.Web.Suppliers;
using FactoryCps.Web.Suppliers.Accounts;
using FactoryCps.Web.Suppliers.Actions;
using FactoryCps.Web.Suppliers.Portal;
using FactoryCps.Web.Suppliers.Questionnaires;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Data;

/// <summary>The supply-chain rows, without DbSets on the context, so the feature's storage stays in its own files.</summary>
internal static class SupplyChainSets
{
    public static DbSet<Supplier> Suppliers(this FcpsDbContext db) => db.Set<Supplier>();

    public static DbSet<SuppliedItem> SuppliedItems(this FcpsDbContext db) => db.Set<SuppliedItem>();

    public static DbSet<Questionnaire> Questionnaires(this FcpsDbContext db) => db.Set<Questionnaire>();

    public static DbSet<QuestionnaireItem> QuestionnaireItems(this FcpsDbContext db) => db.Set<QuestionnaireItem>();

    public static DbSet<EvidenceFile> EvidenceFiles(this FcpsDbContext db) => db.Set<EvidenceFile>();

    public static DbSet<SupplierAction> SupplierActions(this FcpsDbContext db) => db.Set<SupplierAction>();

    public static DbSet<PortalInvitation> PortalInvitations(this FcpsDbContext db) => db.Set<PortalInvitation>();

    public static DbSet<SupplierAccount> SupplierAccounts(this FcpsDbContext db) => db.Set<SupplierAccount>();
}
