using FactoryCps.Analysis;
using FactoryCps.Catalog;
using FactoryCps.Model;
using FactoryCps.Web.Data;
using FactoryCps.Web.Sites;
using Microsoft.EntityFrameworkCore;

namespace FactoryCps.Web.Suppliers;

/// <summary>
/// A site's suppliers and what they supply: listed, created and changed, each change checked against the site's
/// model and audited in the same save. Rows of another site are never found, whatever id is asked for.
/// </summary>
internal sealed class SupplierDirectory(FcpsDbContext db, SiteModelStore models, GuidelineCatalog catalog, TimeProvider time)
{
    public Task<List<Supplier>> ListAsync(int siteId, CancellationToken cancellationToken = default) =>
        db.Suppliers().AsNoTracking().Include(s => s.Items).Where(s => s.SiteId == siteId).OrderBy(s => s.Name).ToListAsync(cancellationToken);

    public Task<Supplier?> FindAsync(int siteId, int id, CancellationToken cancellationToken = default) =>
        db.Suppliers().AsNoTracking().Include(s => s.Items.OrderBy(i => i.Name)).SingleOrDefaultAsync(s => s.SiteId == siteId && s.Id == id, cancellationToken);

    public Task<SuppliedItem?> FindItemAsync(int siteId, int supplierId, int itemId, CancellationToken cancellationToken = default) =>
        db.SuppliedItems().AsNoTracking().Include(i => i.Supplier)
            .SingleOrDefaultAsync(i => i.SiteId == siteId && i.SupplierId == supplierId && i.Id == itemId, cancellationToken);

    public async Task<SupplyOutcome<Supplier>> CreateAsync(SiteEntity site, SupplierInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        var errors = SupplyValidation.Check(input, await ModelAsync(site, cancellationToken));
        if (errors.Any)
        {
            return new(SupplyOutcomeKind.Invalid, Errors: errors);
        }

        var now = time.GetUtcNow();
        var supplier = new Supplier { SiteId = site.Id, Name = "", Kind = "", CreatedAt = now, Version = 1 };
        Apply(supplier, input, now);
        if (await NameTakenAsync(site.Id, supplier.Name, null, cancellationToken))
        {
            return new(SupplyOutcomeKind.Exists);
        }

        db.Suppliers().Add(supplier);
        await db.SaveChangesAsync(cancellationToken);
        SupplyAudit.Add(db, site.Id, actor, "create", "suppliers", Key(supplier.Id), null, SupplyAudit.Record(supplier), now);
        await db.SaveChangesAsync(cancellationToken);
        return new(SupplyOutcomeKind.Done, supplier);
    }

    public async Task<SupplyOutcome<Supplier>> UpdateAsync(SiteEntity site, int id, int expectedVersion, SupplierInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        var supplier = await db.Suppliers().SingleOrDefaultAsync(s => s.SiteId == site.Id && s.Id == id, cancellationToken);
        if (supplier is null)
        {
            return new(SupplyOutcomeKind.NotFound);
        }

        if (supplier.Version != expectedVersion)
        {
            return new(SupplyOutcomeKind.Stale, supplier);
        }

        var errors = SupplyValidation.Check(input, await ModelAsync(site, cancellationToken));
        if (errors.Any)
        {
            return new(SupplyOutcomeKind.Invalid, supplier, errors);
        }

        if (await NameTakenAsync(site.Id, input.Name!.Trim(), id, cancellationToken))
        {
            return new(SupplyOutcomeKind.Exists, supplier);
        }

        var before = SupplyAudit.Record(supplier);
        var now = time.GetUtcNow();
        Apply(supplier, input, now);
        supplier.Version++;
        SupplyAudit.Add(db, site.Id, actor, "update", "suppliers", Key(id), before, SupplyAudit.Record(supplier), now);
        return await SaveAsync(supplier, cancellationToken);
    }

    public async Task<SupplyOutcome<SuppliedItem>> CreateItemAsync(SiteEntity site, int supplierId, SuppliedItemInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!await db.Suppliers().AnyAsync(s => s.SiteId == site.Id && s.Id == supplierId, cancellationToken))
        {
            return new(SupplyOutcomeKind.NotFound);
        }

        var errors = SupplyValidation.Check(input, await ModelAsync(site, cancellationToken));
        if (errors.Any)
        {
            return new(SupplyOutcomeKind.Invalid, Errors: errors);
        }

        var now = time.GetUtcNow();
        var item = new SuppliedItem { SiteId = site.Id, SupplierId = supplierId, Name = "", Category = "", Phase = "", CreatedAt = now, Version = 1 };
        Apply(item, input, now);
        db.SuppliedItems().Add(item);
        await db.SaveChangesAsync(cancellationToken);
        SupplyAudit.Add(db, site.Id, actor, "create", "supplied-items", Key(item.Id), null, SupplyAudit.Record(item), now);
        await db.SaveChangesAsync(cancellationToken);
        return new(SupplyOutcomeKind.Done, item);
    }

    public async Task<SupplyOutcome<SuppliedItem>> UpdateItemAsync(SiteEntity site, int supplierId, int itemId, int expectedVersion, SuppliedItemInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        var item = await db.SuppliedItems().SingleOrDefaultAsync(i => i.SiteId == site.Id && i.SupplierId == supplierId && i.Id == itemId, cancellationToken);
        if (item is null)
        {
            return new(SupplyOutcomeKind.NotFound);
        }

        if (item.Version != expectedVersion)
        {
            return new(SupplyOutcomeKind.Stale, item);
        }

        var errors = SupplyValidation.Check(input, await ModelAsync(site, cancellationToken));
        if (errors.Any)
        {
            return new(SupplyOutcomeKind.Invalid, item, errors);
        }

        var before = SupplyAudit.Record(item);
        var now = time.GetUtcNow();
        Apply(item, input, now);
        item.Version++;
        SupplyAudit.Add(db, site.Id, actor, "update", "supplied-items", Key(itemId), before, SupplyAudit.Record(item), now);
        return await SaveAsync(item, cancellationToken);
    }

    /// <summary>The site's model, as validation needs it; an empty one if the site has none yet.</summary>
    public async Task<FactoryModel> ModelAsync(SiteEntity site, CancellationToken cancellationToken) =>
        (await LoadedAsync(site, cancellationToken)).Model;

    /// <summary>The site's loaded model, as the questionnaire's analysis needs it; an empty one if the site has none yet.</summary>
    public async Task<LoadedModel> LoadedAsync(SiteEntity site, CancellationToken cancellationToken) =>
        await models.LoadedAsync(site, cancellationToken)
        ?? ModelLoader.Load(new FactoryModel { Site = new Site { Id = site.Key } }, catalog).Loaded
        ?? throw new InvalidOperationException("An empty model does not load.");

    private static void Apply(Supplier supplier, SupplierInput input, DateTimeOffset now)
    {
        supplier.Name = input.Name!.Trim();
        supplier.Kind = input.Kind!;
        supplier.Contact = Blank(input.Contact);
        supplier.StakeholderId = Blank(input.Stakeholder);
        supplier.UpdatedAt = now;
    }

    private static void Apply(SuppliedItem item, SuppliedItemInput input, DateTimeOffset now)
    {
        item.Name = input.Name!.Trim();
        item.Category = input.Category!;
        item.Phase = input.Phase!;
        item.ContractStart = input.ContractStart;
        item.ContractEnd = input.ContractEnd;
        item.SupportEnd = input.SupportEnd;
        item.Zones = [.. input.Zones ?? []];
        item.Assets = [.. input.Assets ?? []];
        item.Externals = [.. input.Externals ?? []];
        item.Conduits = [.. input.Conduits ?? []];
        item.UpdatedAt = now;
    }

    private async Task<SupplyOutcome<T>> SaveAsync<T>(T row, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new(SupplyOutcomeKind.Done, row);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new(SupplyOutcomeKind.Stale, row);
        }
    }

    private Task<bool> NameTakenAsync(int siteId, string name, int? except, CancellationToken cancellationToken) =>
        db.Suppliers().AnyAsync(s => s.SiteId == siteId && s.Name == name && s.Id != except, cancellationToken);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Key(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
