using FactoryCps.Catalog.Loading;
using FactoryCps.Checklists;
using FactoryCps.Matching;
using FactoryCps.Synthetic;
using FactoryCps.Web.Audit;
using FactoryCps.Web.Cases;
using FactoryCps.Web.Checklists;
using FactoryCps.Web.Data;
using FactoryCps.Web.Reviews;
using FactoryCps.Web.Sites;
using FactoryCps.Web.Suppliers;
using FactoryCps.Web.Suppliers.Actions;
using FactoryCps.Web.Suppliers.Questionnaires;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FactoryCps.Benchmarks.Reviews;

/// <summary>
/// A year of a plant's history in a real store, as issue 18 sets it: the synthetic 10,000-asset site, a review closed
/// in January (its snapshot the model then), 49 model edits after it (50 revisions), 200 cases, 20 judged supplier
/// questionnaires with 40 actions, 5,000 audit rows, four closed self-assessment rounds, the CISA advisories of the
/// shared data, and the open review of December whose inputs are gathered. Written through the desks people use
/// where the desk is what gives the rows their shape (site, reviews, rounds), directly otherwise.
/// </summary>
internal static class ReviewYear
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset End = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly Actor Lead = new(null, "lead@example.com");

    /// <summary>Writes the year; the model's products are those of <paramref name="advisoryFolder"/>'s advisories, so that the site has matches.</summary>
    public static async Task<(string SiteKey, int Review)> WriteAsync(IServiceProvider services, BenchClock clock, string advisoryFolder)
    {
        clock.Set(Start);
        var products = SyntheticProduct.From(AdvisoryIndex.Build(AdvisoryFolder.Read(advisoryFolder).Documents));
        var site = await ImportAsync(services, products);

        clock.Set(Start.AddDays(5));
        await ReviewAsync(services, site, new DateOnly(2026, 1, 10), close: true);

        // 49 edits through the year: an asset renamed every six days, so the diff against January has 49 changes.
        for (var i = 0; i < 49; i++)
        {
            clock.Set(Start.AddDays(6 * (i + 1)));
            await RenameAssetAsync(services, site, i, $"更新された資産 {i + 1}");
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
            var siteId = await db.Sites.Where(s => s.Key == site).Select(s => s.Id).SingleAsync();
            AddCases(db, siteId);
            await AddSupplyChainAsync(db, siteId);
            AddAudit(db, siteId);
            await db.SaveChangesAsync();
        }

        for (var quarter = 0; quarter < 4; quarter++)
        {
            clock.Set(Start.AddDays(80 * quarter + 60));
            await RoundAsync(services, site, quarter + 1);
        }

        await ImportAdvisoriesAsync(services, clock, advisoryFolder);

        clock.Set(End);
        var open = await ReviewAsync(services, site, new DateOnly(2026, 12, 1), close: false);
        return (site, open);
    }

    private static async Task<string> ImportAsync(IServiceProvider services, IReadOnlyList<SyntheticProduct> products)
    {
        var catalog = CatalogLoader.Default;
        var yaml = SyntheticModel.Generate(SyntheticModel.Size.Benchmark, [.. catalog.Countermeasures.Select(c => c.Id)], products: products);
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<SiteModelStore>().ImportAsync(yaml, "synthetic.yaml", Lead, into: null, create: true);
        return result.SiteKey ?? throw new InvalidOperationException("The synthetic model was not imported: " + string.Join("; ", result.Diagnostics.Select(d => d.Message)));
    }

    /// <summary>Renames the <paramref name="i"/>-th of every 200 assets (0–49): one edit, one new revision.</summary>
    public static async Task RenameAssetAsync(IServiceProvider services, string siteKey, int i, string name)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
        var store = scope.ServiceProvider.GetRequiredService<SiteModelStore>();
        var site = await db.Sites.SingleAsync(s => s.Key == siteKey);
        var key = (await store.SectionAsync(site, "assets"))[i * 200].Key;
        var (body, version) = (await store.ObjectAsync(site, "assets", key))!.Value;
        body["name"] = name;
        var saved = await store.SaveObjectAsync(site, "assets", body, version, Lead);
        if (!saved.Succeeded)
        {
            throw new InvalidOperationException($"Edit {i + 1} was refused: " + string.Join("; ", saved.Diagnostics.Select(d => d.Message)));
        }
    }

    private static async Task<int> ReviewAsync(IServiceProvider services, string siteKey, DateOnly held, bool close)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
        var desk = scope.ServiceProvider.GetRequiredService<ReviewDesk>();
        var site = await db.Sites.SingleAsync(s => s.Key == siteKey);
        var draft = new ReviewDraft("periodic", held, held.AddMonths(11), "年次の見直し。", false, [("山田", "セキュリティ担当部署"), ("佐藤", "工場長")], [("手順書の改訂", "sec-dept", held.AddMonths(2))]);
        var review = await desk.CreateAsync(site, draft, Lead);
        if (close)
        {
            var outcome = await desk.CloseAsync(site, review.Number, review.Version, Lead);
            if (outcome.Refusal is not null)
            {
                throw new InvalidOperationException($"The January review was not closed: {outcome.Refusal}");
            }
        }

        return review.Number;
    }

    private static void AddCases(FcpsDbContext db, int siteId)
    {
        for (var i = 0; i < 200; i++)
        {
            var opened = Start.AddDays(i * 1.6);
            var closed = i % 4 == 3 ? (DateTimeOffset?)null : opened.AddDays(10 + (i % 20));
            db.OodaCases.Add(new OodaCase
            {
                SiteId = siteId,
                Number = i + 1,
                Stage = i % 10 == 0 ? "damage" : "preventive",
                Phase = closed is null ? "orient" : "closed",
                Title = $"Case {i + 1}",
                Severity = FactoryCps.Cases.CaseSeverities.All[i % 4],
                OpenedAt = opened,
                OpenedBy = Lead.UserName,
                DueAt = opened.AddDays(30),
                ClosedAt = closed,
                Version = 1,
            });
        }
    }

    private static async Task AddSupplyChainAsync(FcpsDbContext db, int siteId)
    {
        for (var i = 0; i < 20; i++)
        {
            var at = Start.AddDays(15 * i + 3);
            var supplier = new Supplier { SiteId = siteId, Name = $"Supplier {i + 1}", Kind = "vendor", CreatedAt = at, UpdatedAt = at, Version = 1 };
            var item = new SuppliedItem { SiteId = siteId, Supplier = supplier, Name = $"Item {i + 1}", Category = "product", Phase = "operation", CreatedAt = at, UpdatedAt = at, Version = 1 };
            supplier.Items.Add(item);
            db.Add(supplier);
            await db.SaveChangesAsync();
            var questionnaire = new Questionnaire
            {
                SiteId = siteId,
                Number = i + 1,
                PublicId = Guid.NewGuid().ToString("N"),
                SupplierId = supplier.Id,
                SuppliedItemId = item.Id,
                Round = 1,
                Status = Questionnaire.JudgedStatus,
                Category = "product",
                Phase = "operation",
                IssuedAt = at,
                IssuedBy = Lead.UserName,
                JudgedAt = at.AddDays(10),
                JudgedBy = Lead.UserName,
                Version = 1,
            };
            db.Add(questionnaire);
            await db.SaveChangesAsync();
            for (var a = 0; a < 2; a++)
            {
                db.Add(new SupplierAction
                {
                    SiteId = siteId,
                    QuestionnaireId = questionnaire.Id,
                    SupplierId = supplier.Id,
                    SuppliedItemId = item.Id,
                    ItemId = $"sc-0{a + 1}",
                    TitleJa = "是正",
                    TitleEn = "Remedy",
                    Reason = "flagged",
                    Blocking = a == 0 && i % 5 == 0,
                    Status = a == 0 ? SupplierAction.Open : SupplierAction.Done,
                    CreatedAt = at.AddDays(10),
                    DueDate = DateOnly.FromDateTime(at.AddDays(60).UtcDateTime),
                    DoneAt = a == 0 ? null : at.AddDays(40),
                });
            }
        }
    }

    private static void AddAudit(FcpsDbContext db, int siteId)
    {
        for (var i = 0; i < 5_000; i++)
        {
            db.AuditEntries.Add(new AuditEntry { SiteId = siteId, At = Start.AddMinutes(i * 95), UserName = Lead.UserName, Action = "update", Section = "assets", Key = $"a{i % 1000}", After = "{}" });
        }
    }

    private static async Task RoundAsync(IServiceProvider services, string siteKey, int n)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
        var desk = scope.ServiceProvider.GetRequiredService<RoundDesk>();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var site = await db.Sites.SingleAsync(s => s.Key == siteKey);
        var (round, refusal) = await desk.CreateAsync(site, new NewRound($"Round {n}", AssessmentScope.All, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.AddDays(14)), false, []), new RoundActor(null, Lead.UserName, "security-lead", true));
        if (round is null)
        {
            throw new InvalidOperationException($"Round {n} was refused: {refusal}");
        }

        // Every question answered and accepted, the levels rising round by round; closed as the close page would.
        var stored = await db.AssessmentRounds.Include(r => r.Questions).SingleAsync(r => r.Id == round.Id);
        foreach (var q in stored.Questions)
        {
            (q.Level, q.AnsweredBy, q.AnsweredAt, q.Review) = ((q.Position + n) % 5, Lead.UserName, time.GetUtcNow(), RoundQuestion.Accepted);
        }

        (stored.State, stored.ClosedAt, stored.ClosedBy, stored.Decision) = (AssessmentRound.Closed, time.GetUtcNow().AddDays(7), Lead.UserName, AssessmentRound.Kept);
        await db.SaveChangesAsync();
    }

    /// <summary>The advisories arrive through the year (the first ones before the January review), as a plant imports them.</summary>
    private static async Task ImportAdvisoriesAsync(IServiceProvider services, BenchClock clock, string folder)
    {
        await using var scope = services.CreateAsyncScope();
        // As `fcps advisories import` does: the web reads advisories, the command line imports them.
        var store = new FactoryCps.Web.Advisories.AdvisoryStore(scope.ServiceProvider.GetRequiredService<FcpsDbContext>(), clock);
        var files = Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        foreach (var (file, i) in files.Select((f, i) => (f, i)))
        {
            clock.Set(Start.AddDays(320.0 * i / files.Count));
            var load = FactoryCps.Advisories.Import.AdvisoryLoader.Load(new FactoryCps.Advisories.Import.AdvisorySourceFile(file, []));
            if (load.Advisory is { } advisory)
            {
                await store.ImportAsync(advisory, Lead.UserName);
            }
        }
    }

    /// <summary>What was written, counted from the store, for the benchmark's log.</summary>
    public static async Task<string> Describe(IServiceProvider services, string siteKey)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FcpsDbContext>();
        var site = await db.Sites.AsNoTracking().SingleAsync(s => s.Key == siteKey);
        return $"revision {site.ModelRevision}, cases {await db.OodaCases.CountAsync(c => c.SiteId == site.Id)}, "
            + $"judged questionnaires {await db.Set<Questionnaire>().CountAsync(q => q.SiteId == site.Id && q.JudgedAt != null)}, "
            + $"audit rows {await db.AuditEntries.CountAsync(a => a.SiteId == site.Id)}, closed rounds {await db.AssessmentRounds.CountAsync(r => r.SiteId == site.Id && r.ClosedAt != null)}, "
            + $"advisories {await db.Set<FactoryCps.Web.Advisories.AdvisoryRevisionEntity>().CountAsync()}";
    }
}
