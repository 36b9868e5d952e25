using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Bulletins;

/// <summary>One person a bulletin goes to: their normalised address, their language, and the first audience that named them.</summary>
public sealed record BulletinRecipient(string Email, string Language, BulletinAudience Audience);

/// <summary>How many people each chosen audience reaches after de-duplication (and, for an optional bulletin, opt-outs).</summary>
public sealed record AudienceCount(BulletinAudience Audience, int Recipients);

/// <summary>
/// The recipients of a bulletin, built from the region's data: each address once across all audiences (normalised:
/// trimmed, lower case), in the language of the staff account with that address (else Finnish); an optional
/// bulletin skips those who unsubscribed.
/// </summary>
internal static class BulletinRecipients
{
    /// <summary>A group or team of another region (or none) reads as not found.</summary>
    public static async Task CheckAudiencesAsync(PerheverkkoDb db, Guid regionId, IReadOnlyList<BulletinAudience> audiences, CancellationToken cancellationToken)
    {
        RuleCheck.That(audiences.Count > 0, BulletinsRules.NoAudience);
        foreach (var audience in audiences)
        {
            var found = audience switch
            {
                { Kind: BulletinAudienceKind.GroupMembers, Id: { } group } => await db.Groups.AnyAsync(g => g.Id == group && g.RegionId == regionId, cancellationToken),
                { Kind: BulletinAudienceKind.GroupMembers } => false,
                { Kind: BulletinAudienceKind.AdviceTeams, Id: { } team } => await db.AdviceTeams.AnyAsync(t => t.Id == team && t.RegionId == regionId, cancellationToken),
                { Id: null } => true,
                // Only a group or a team is named by id.
                _ => false,
            };
            RuleCheck.That(found, BulletinsRules.AudienceNotFound);
        }
    }

    public static async Task<IReadOnlyList<BulletinRecipient>> OfAsync(PerheverkkoDb db, Guid regionId, IReadOnlyList<BulletinAudience> audiences,
        bool optional, DateOnly today, CancellationToken cancellationToken)
    {
        var seen = new Dictionary<string, BulletinAudience>(StringComparer.Ordinal);
        foreach (var audience in audiences)
        foreach (var email in await AddressesAsync(db, regionId, audience, today, cancellationToken))
        {
            if (string.IsNullOrWhiteSpace(email)) continue;
            seen.TryAdd(BulletinEmail.Normalise(email), audience);
        }
        if (optional)
        {
            var optedOut = (await db.BulletinOptOuts.AsNoTracking().Where(o => o.RegionId == regionId).Select(o => o.Email).ToListAsync(cancellationToken)).ToHashSet();
            foreach (var email in optedOut) seen.Remove(email);
        }
        var upper = seen.Keys.Select(e => e.ToUpperInvariant()).ToList();
        var languages = (await db.Users.AsNoTracking().Where(u => u.NormalizedEmail != null && upper.Contains(u.NormalizedEmail))
                .Select(u => new { u.NormalizedEmail, u.Language }).ToListAsync(cancellationToken))
            .GroupBy(u => u.NormalizedEmail!).ToDictionary(g => g.Key, g => g.First().Language);
        return seen.Select(r => new BulletinRecipient(r.Key, Texts.Known(languages.GetValueOrDefault(r.Key.ToUpperInvariant())), r.Value))
            .OrderBy(r => r.Email, StringComparer.Ordinal).ToList();
    }

    public static IReadOnlyList<AudienceCount> CountByAudience(IReadOnlyList<BulletinAudience> audiences, IReadOnlyList<BulletinRecipient> recipients) =>
        audiences.Select(a => new AudienceCount(a, recipients.Count(r => r.Audience == a))).ToList();

    private static async Task<List<string>> AddressesAsync(PerheverkkoDb db, Guid regionId, BulletinAudience audience, DateOnly today, CancellationToken cancellationToken)
    {
        // The region's parties: its organisations that have not ceased.
        var parties = db.Organisations.Where(o => o.RegionId == regionId && (o.ClosedOn == null || o.ClosedOn > today)).Select(o => o.Id);
        switch (audience.Kind)
        {
            case BulletinAudienceKind.PartyStaff:
                return await db.Users.AsNoTracking().Where(u => u.OrganisationId != null && parties.Contains(u.OrganisationId.Value) && u.Email != null)
                    .Select(u => u.Email!).ToListAsync(cancellationToken);
            case BulletinAudienceKind.PartyContacts:
            case BulletinAudienceKind.ContactPersons:
            case BulletinAudienceKind.Signatories:
            case BulletinAudienceKind.CommunicationOwners:
                var contacts = db.ContactPersons.AsNoTracking().Where(c => parties.Contains(c.OrganisationId));
                if (RoleOf(audience.Kind) is { } role) contacts = contacts.Where(c => c.Role == role);
                return await contacts.Select(c => c.Email).ToListAsync(cancellationToken);
            case BulletinAudienceKind.GroupMembers:
                // Members and deputies alike (001 §13: both are kept informed), those whose membership is current.
                var memberships = await db.Memberships.AsNoTracking()
                    .Where(m => m.GroupId == audience.Id && db.Groups.Any(g => g.Id == m.GroupId && g.RegionId == regionId)).ToListAsync(cancellationToken);
                return memberships.Where(m => m.IsCurrentOn(today)).Select(m => m.Person.Email).ToList();
            case BulletinAudienceKind.AdviceTeams:
                var teams = db.AdviceTeams.Where(t => t.RegionId == regionId && (audience.Id == null || t.Id == audience.Id)).Select(t => t.Id);
                var workers = db.AdviceTeamMembers.Where(m => teams.Contains(m.TeamId)).Select(m => m.UserId);
                return await db.Users.AsNoTracking().Where(u => workers.Contains(u.Id) && u.Email != null).Select(u => u.Email!).ToListAsync(cancellationToken);
            default:
                return [];
        }
    }

    private static ContactRole? RoleOf(BulletinAudienceKind kind) => kind switch
    {
        BulletinAudienceKind.ContactPersons => ContactRole.ContactPerson,
        BulletinAudienceKind.Signatories => ContactRole.Signatory,
        BulletinAudienceKind.CommunicationOwners => ContactRole.CommunicationOwner,
        _ => null,
    };
}
