using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.IntegrationTests.Platform;
using Perheverkko.Testing;
using Perheverkko.Web.Hosting;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.IntegrationTests.Administration;

/// <summary>
/// Issue #12 item 1: the sealed audit trail (decision 0037). Rewriting a row, removing one, putting one into a sealed
/// range, removing a seal, and rewriting a row and recomputing the seals inside the database are all found. The
/// command line is among the checks, and console output is process-wide, so these run in the console collection.
/// </summary>
[Collection(nameof(ConsoleCollection))]
public sealed class AuditSealTests
{
    [Theory, BothDatabases]
    public async Task Every_way_of_changing_the_sealed_trail_is_found_by_the_command_line_and_the_audit_page(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        app.Clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Single(await SealAsync(app));
        var seal = await app.WithDbAsync(db => db.AuditSeals.SingleAsync());
        Assert.Equal((1, 1L), (seal.Sequence, seal.FromId));
        Assert.Equal(await app.WithDbAsync(db => db.AuditRecords.CountAsync(r => r.Id <= seal.ToId)), seal.RowCount);
        var file = Path.Combine(app.AuditSealFolder, AuditSealFile.FileName);
        Assert.Single(File.ReadAllLines(file), l => l.Contains(seal.Hash));

        // Later rows make the next seal, linked to the first.
        var coordinator = await app.ClientForAsync(DemoUsers.Coordinator);
        await coordinator.GetStringAsync("/api/v1/audit");
        // Rows newer than the grace period wait: a unit of work may still be committing a row with a lower id.
        Assert.Empty(await SealAsync(app));
        app.Clock.Advance(TimeSpan.FromMinutes(11));
        var second = Assert.Single(await SealAsync(app));
        Assert.Equal(2, second.Sequence);
        Assert.Equal(seal.Hash, await app.WithDbAsync(db => db.AuditSeals.Where(s => s.Sequence == 2).Select(s => s.PreviousHash).SingleAsync()));

        var intact = await CommandLineRun.RunCommandAsync(app, "audit", "verify");
        Assert.True(intact.ExitCode == 0, intact.Error);
        Assert.Contains("intact", intact.Out);
        var browser = app.Anonymous();
        await Forms.SignInAsync(browser, DemoUsers.Coordinator);
        var page = await (await Forms.PostAsync(browser, "/staff/audit", new Dictionary<string, string>(), "/staff/audit?handler=Verify")).Content.ReadAsStringAsync();
        Assert.Contains("id=\"seal-state\"", page);
        Assert.Contains("Loki on eheä sinettiin 2", page);
        Assert.True(await app.WithDbAsync(db => db.AuditRecords.AnyAsync(a => a.Event == AuditEvent.AuditTrailVerified && a.Outcome == AuditOutcome.Succeeded)));

        // What an attacker with the database does: past the triggers, then changes.
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(provider == DatabaseProvider.Sqlite
            ? "DROP TRIGGER AuditRecords_no_update; DROP TRIGGER AuditRecords_no_delete; DROP TRIGGER AuditSeals_no_update; DROP TRIGGER AuditSeals_no_delete;"
            : "ALTER TABLE \"AuditRecords\" DISABLE TRIGGER USER; ALTER TABLE \"AuditSeals\" DISABLE TRIGGER USER;"));
        var target = await app.WithDbAsync(db => db.AuditRecords.AsNoTracking().SingleAsync(r => r.Id == 1));
        string Set(string? detail) => $"UPDATE \"AuditRecords\" SET \"Detail\" = {(detail is null ? "NULL" : "'" + detail.Replace("'", "''") + "'")} WHERE \"Id\" = 1";

        // 1. A row rewritten.
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(Set("muutettu")));
        await ExpectBrokenAsync(app, 1, AuditTrailProblem.RowsChanged);
        var broken = await CommandLineRun.RunCommandAsync(app, "audit", "verify");
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("BROKEN", broken.Error);
        Assert.Contains("RowsChanged", broken.Error);
        Assert.Contains("LOKI ON RIKKI", await (await Forms.PostAsync(browser, "/staff/audit", new Dictionary<string, string>(), "/staff/audit?handler=Verify")).Content.ReadAsStringAsync());
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(Set(target.Detail)));
        await ExpectIntactAsync(app);

        // 2. A row rewritten and every seal recomputed inside the database: the heads outside it differ.
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(Set("muutettu")));
        var originals = await app.WithDbAsync(db => db.AuditSeals.AsNoTracking().OrderBy(s => s.Sequence).ToListAsync());
        await app.WithDbAsync(async db =>
        {
            var previous = AuditSealChain.Genesis;
            foreach (var s in await db.AuditSeals.OrderBy(s => s.Sequence).ToListAsync())
            {
                var rows = await db.AuditRecords.AsNoTracking().Where(r => r.Id >= s.FromId && r.Id <= s.ToId).OrderBy(r => r.Id).ToListAsync();
                db.Entry(s).Property(x => x.PreviousHash).CurrentValue = previous;
                db.Entry(s).Property(x => x.Hash).CurrentValue = previous = AuditSealChain.Hash(s.Sequence, s.FromId, s.ToId, previous, rows);
            }
            return await db.SaveChangesAsync();
        });
        await ExpectBrokenAsync(app, 1, AuditTrailProblem.FileMismatch);
        await app.WithDbAsync(async db =>
        {
            foreach (var s in await db.AuditSeals.OrderBy(s => s.Sequence).ToListAsync())
            {
                var original = originals.Single(o => o.Sequence == s.Sequence);
                db.Entry(s).Property(x => x.PreviousHash).CurrentValue = original.PreviousHash;
                db.Entry(s).Property(x => x.Hash).CurrentValue = original.Hash;
            }
            return await db.SaveChangesAsync();
        });
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(Set(target.Detail)));
        await ExpectIntactAsync(app);

        // 3. The last seal removed (to hide a change in its range): the file still has it.
        await app.WithDbAsync(async db => { db.AuditSeals.Remove(await db.AuditSeals.SingleAsync(s => s.Sequence == 2)); return await db.SaveChangesAsync(); });
        await ExpectBrokenAsync(app, 2, AuditTrailProblem.SealMissing);
        await app.WithDbAsync(db => { db.AuditSeals.Add(originals[1]); return db.SaveChangesAsync(); });
        await ExpectIntactAsync(app);

        // 4. A row removed; the same row put back is intact again (every column is sealed, none is lost in the round trip);
        // another row put into its place in the sealed range is not.
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditRecords\" WHERE \"Id\" = 1"));
        await ExpectBrokenAsync(app, 1, AuditTrailProblem.RowsChanged);
        await PutRowAsync(app, target, target.Detail);
        await ExpectIntactAsync(app);
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditRecords\" WHERE \"Id\" = 1"));
        await PutRowAsync(app, target, "lisätty jälkikäteen");
        await ExpectBrokenAsync(app, 1, AuditTrailProblem.RowsChanged);
    }

    private static async Task<IReadOnlyList<AuditSealHead>> SealAsync(TestApp app)
    {
        IReadOnlyList<AuditSealHead> made = [];
        await app.WithScopeAsync(async services => made = await services.GetRequiredService<AuditSealing>().SealAsync(CancellationToken.None));
        return made;
    }

    private static async Task<AuditTrailState> VerifyAsync(TestApp app)
    {
        AuditTrailState? state = null;
        await app.WithScopeAsync(async services => state = await services.GetRequiredService<AuditTrailVerifier>().VerifyAsync(CancellationToken.None));
        return state!;
    }

    private static async Task ExpectIntactAsync(TestApp app)
    {
        var state = await VerifyAsync(app);
        Assert.True(state.Intact, $"{state.Problem} at {state.BrokenAt}");
    }

    private static async Task ExpectBrokenAsync(TestApp app, int seal, AuditTrailProblem problem)
    {
        var state = await VerifyAsync(app);
        Assert.Equal((false, (int?)seal, (AuditTrailProblem?)problem), (state.Intact, state.BrokenAt, state.Problem));
    }

    /// <summary>A row with the given id and values, inserted as an attacker would (the id chosen, not generated).</summary>
    private static Task PutRowAsync(TestApp app, AuditRecord like, string? detail) => app.WithDbAsync(db =>
    {
        var row = new AuditRecord(like.OccurredAt, like.ActorId, like.ActorName, like.Event, like.Outcome, like.ObjectType, like.ObjectId, detail, like.RegionId);
        db.Entry(row).Property(r => r.Id).CurrentValue = like.Id;
        db.AuditRecords.Add(row);
        return db.SaveChangesAsync();
    });
}
