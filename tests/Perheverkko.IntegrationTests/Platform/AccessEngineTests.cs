using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Testing;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.IntegrationTests.Platform;

/// <summary>
/// The engine with the real audit trail: a refusal is answered 403 (401 when nobody is signed in) and recorded even
/// though nothing else is saved; another region's object is 404 and no denial. The rest is in the unit tests
/// (AccessControlTests).
/// </summary>
public sealed class AccessEngineTests
{
    private static readonly Guid SouthSavo = NetworkSeeder.SouthSavo;
    private static readonly Guid Elsewhere = Guid.Parse("0194c0de-0000-7000-8000-0000000000bb");

    [Theory, BothDatabases]
    public async Task A_refusal_is_403_and_audited_a_foreign_object_is_404_and_not(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var professional = new Actor(Guid.NewGuid(), "Kalle Kokeilija", StaffRole.Professional, NetworkSeeder.OrganisationId("mikkeli"), SouthSavo);
        var group = new AccessObject("Group", Guid.NewGuid(), SouthSavo);
        var foreignGroup = new AccessObject("Group", Guid.NewGuid(), Elsewhere);
        var held = new HeldRelationships();

        await app.WithScopeAsync(async services =>
        {
            var engine = new AccessControl(services.GetRequiredService<AuditLog>(), [held]);

            var denied = await Assert.ThrowsAsync<AccessDeniedException>(() => engine.RequireAsync(professional, StaffAction.PrepareMeeting, group, CancellationToken.None));
            Assert.True(denied.SignedIn); // 403
            Assert.Equal(StaffAction.PrepareMeeting, denied.Action);

            var anonymous = await Assert.ThrowsAsync<AccessDeniedException>(() => engine.RequireAsync(null, StaffAction.ViewGroup, group, CancellationToken.None));
            Assert.False(anonymous.SignedIn); // 401

            var notFound = await Assert.ThrowsAsync<NotFoundException>(() => engine.RequireAsync(professional, StaffAction.PrepareMeeting, foreignGroup, CancellationToken.None));
            Assert.Equal("object.not_found", notFound.Rule.Code);

            // Once the person chairs the group, the same request goes through.
            held.Chair(professional, group);
            Assert.Same(professional, await engine.RequireAsync(professional, StaffAction.PrepareMeeting, group, CancellationToken.None));
        });

        var denials = await app.WithDbAsync(db => db.AuditRecords.Where(r => r.Event == AuditEvent.AccessDenied).OrderBy(r => r.Id).ToListAsync());
        Assert.Collection(denials,
            row =>
            {
                Assert.Equal(professional.UserId, row.ActorId);
                Assert.Equal(AuditOutcome.Denied, row.Outcome);
                Assert.Equal("Group", row.ObjectType);
                Assert.Equal(group.Id.ToString(), row.ObjectId);
                Assert.Equal(nameof(StaffAction.PrepareMeeting), row.Detail);
                Assert.Equal(SouthSavo, row.RegionId);
            },
            row =>
            {
                Assert.Null(row.ActorId);
                Assert.Equal("anonymous", row.ActorName);
                Assert.Equal(nameof(StaffAction.ViewGroup), row.Detail);
            });
    }

    [Theory, BothDatabases]
    public async Task Every_relationship_of_the_catalogue_has_exactly_one_source_in_the_app(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var needed = AccessCatalogue.Rules.Values.SelectMany(r => r).OfType<ByRelationship>().Select(r => r.Relationship).Distinct().ToList();
        await app.WithScopeAsync(services =>
        {
            var sources = services.GetServices<IRelationshipSource>().ToList();
            var answered = sources.SelectMany(s => s.Relationships).ToList();
            var missing = needed.Where(r => !answered.Contains(r)).Select(r => r.Name).ToList();
            Assert.True(missing.Count == 0, $"No IRelationshipSource answers: {string.Join(", ", missing)}");
            var twice = answered.GroupBy(r => r).Where(g => g.Count() > 1).Select(g => g.Key.Name).ToList();
            Assert.True(twice.Count == 0, $"More than one source answers: {string.Join(", ", twice)}");
            return Task.CompletedTask;
        });
    }

    /// <summary>The chair relationship as the test sets it.</summary>
    private sealed class HeldRelationships : IRelationshipSource
    {
        private readonly HashSet<(Guid User, Guid Group)> chairs = [];

        public IReadOnlyCollection<Relationship> Relationships { get; } = [Relationship.GroupChair];

        public void Chair(Actor actor, AccessObject group) => chairs.Add((actor.UserId!.Value, group.Id!.Value));

        public Task<IReadOnlySet<Guid>> HeldOnAsync(Relationship relationship, Actor actor, IReadOnlyCollection<AccessObject> objects, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlySet<Guid>>(objects.Where(o => actor.UserId is { } user && chairs.Contains((user, o.Id!.Value))).Select(o => o.Id!.Value).ToHashSet());
    }
}
