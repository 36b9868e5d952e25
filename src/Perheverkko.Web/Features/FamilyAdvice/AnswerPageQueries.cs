using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Directory;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Protection;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.FamilyAdvice;

/// <summary>One step of the conversation as the family sees it: staff are "Perheneuvo", not a name.</summary>
/// <param name="At">Helsinki time.</param>
/// <param name="Referral">A referral's published service or activity (its name and public address), or null.</param>
public sealed record AnswerPageEntry(ContactEntryKind Kind, bool FromFamily, string? Text, DateTime At, (LocalizedText Name, string Path)? Referral);

public sealed record AnswerPageView(Guid ContactId, string Reference, LocalizedText Topic, ContactState State, AnswerBy AnswerBy, DateOnly DueOn,
    DateTime ReceivedAt, IReadOnlyList<AnswerPageEntry> Entries)
{
    public bool IsClosed => State == ContactState.Closed;
}

/// <summary>
/// The family's private answer page, found by its link's secret (only the hash is stored). An ill-formed secret is not
/// looked up at all; unknown, revoked and deleted all give null, which the page turns into the plain 404 of any
/// missing page.
/// </summary>
public sealed class AnswerPageQueries(PerheverkkoDb db, ContentProtector protector)
{
    public async Task<AnswerPageView?> ByLinkAsync(string? secret, CancellationToken cancellationToken)
    {
        if (!AnswerSecrets.IsWellFormed(secret)) return null;
        var hash = AnswerSecrets.HashOf(secret!);
        var contact = await db.FamilyContacts.AsNoTracking().AcrossRegions().Include(c => c.Entries)
            .Where(c => c.AnswerLinkRevokedAt == null && c.ContentDeletedAt == null && c.AnswerLinks.Any(l => l.Hash == hash))
            .SingleOrDefaultAsync(cancellationToken);
        if (contact is null) return null;
        var topic = await db.AdviceTopics.AsNoTracking().AcrossRegions().Where(t => t.Id == contact.TopicId).Select(t => t.Name).SingleAsync(cancellationToken);
        var shown = contact.Entries.Where(e => e.IsShownToFamily).OrderBy(e => e.At).ThenBy(e => e.Id).ToList();
        var targets = shown.Where(e => e.Kind == ContactEntryKind.Referral && e.TargetId is not null).Select(e => e.TargetId!.Value).Distinct().ToList();
        var referrals = new Dictionary<Guid, (LocalizedText, string)>();
        if (targets.Count > 0)
        {
            foreach (var s in await db.Services.AsNoTracking().AcrossRegions().Where(s => targets.Contains(s.Id) && s.State == PublicationState.Published)
                         .Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken))
                referrals[s.Id] = (s.Name, $"/directory/services/{s.Id}");
            foreach (var a in await db.Activities.AsNoTracking().AcrossRegions().Where(a => targets.Contains(a.Id) && a.State == PublicationState.Published)
                         .Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken))
                referrals[a.Id] = (a.Name, $"/directory/activities/{a.Id}");
        }
        var entries = shown.Select(e => new AnswerPageEntry(e.Kind, e.Kind == ContactEntryKind.FamilyMessage, protector.Open(e.SealedText),
            HelsinkiTime.ToLocal(e.At), e.TargetId is { } target && referrals.TryGetValue(target, out var r) ? r : null)).ToList();
        return new AnswerPageView(contact.Id, contact.Reference, topic, contact.State, contact.AnswerBy, contact.DueOn, HelsinkiTime.ToLocal(contact.ReceivedAt), entries);
    }
}
