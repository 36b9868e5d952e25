using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Perheverkko.Testing;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.FamilyAdvice;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Protection;

namespace Perheverkko.IntegrationTests.FamilyAdvice;

/// <summary>Contacts made as the public form would make them (the form is another part of the feature), with fictional words.</summary>
internal static class AdviceTestData
{
    public const string Question = "Kuopuksemme ei nuku öisin, mistä saisimme apua? (testiperhe Virtanen)";

    /// <param name="municipality">juva or mikkeli (the demo teams), another slug (no team: the regional queue), or null ("I don't know").</param>
    public static async Task<Guid> ContactAsync(TestApp app, string? municipality, AnswerBy answerBy = AnswerBy.AnswerPage, string? email = null,
        DateTime? receivedAt = null, DateTime? closedAt = null)
    {
        var id = Guid.Empty;
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<PerheverkkoDb>();
            var protector = services.GetRequiredService<ContentProtector>();
            var now = receivedAt ?? app.Clock.GetUtcNow().UtcDateTime;
            var settings = await db.AdviceSettings.SingleAsync(s => s.RegionId == NetworkSeeder.SouthSavo);
            var topic = await db.AdviceTopics.Where(t => t.RegionId == NetworkSeeder.SouthSavo).OrderBy(t => t.Order).Select(t => t.Id).FirstAsync();
            Guid? municipalityId = municipality is null ? null : NetworkSeeder.MunicipalityId(municipality);
            var teamId = await db.AdviceTeams.Where(t => t.MunicipalityId == municipalityId).Select(t => (Guid?)t.Id).FirstOrDefaultAsync();
            var contact = new FamilyContact(Guid.CreateVersion7(), NetworkSeeder.SouthSavo, AnswerSecrets.NewReference(), ContactChannel.Electronic,
                municipalityId, topic, answerBy, "fi", new SealedContactDetails(protector.Seal("Testi Virtanen"), protector.Seal(email), null, null),
                teamId, AdviceCalendar.DueOn(settings, now), now);
            contact.Open(protector.Seal(Question)!, now);
            contact.IssueAnswerLink(AnswerSecrets.New().Hash, now);
            if (closedAt is { } closed) contact.Close(contact.Version, ContactOutcome.GuidanceGiven, Guid.Empty, closed);
            db.FamilyContacts.Add(contact);
            await db.SaveChangesAsync();
            id = contact.Id;
        });
        return id;
    }
}
