using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Agreements.Signing;

/// <summary>How the caller is signed in, as signing sees it: only a sign-in with a second factor may sign.</summary>
public enum SigningSession
{
    SecondFactor,
    PasswordOnly,
    AccessToken,
}

public static class SigningSessions
{
    /// <summary>
    /// ASP.NET Core Identity marks a sign-in completed with a second factor with the claim amr=mfa (kept when the
    /// cookie is refreshed). A bearer token is an API client, whatever its owner's sign-in (the same test as AccessSetup's).
    /// </summary>
    public static SigningSession Of(HttpContext http) =>
        http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? SigningSession.AccessToken
        : http.User.HasClaim("amr", "mfa") ? SigningSession.SecondFactor
        : SigningSession.PasswordOnly;
}

/// <summary>Loading what the signing use cases share, and settling whether a version has entered into force.</summary>
public static class SigningData
{
    public static async Task<AgreementVersion> LoadVersionAsync(PerheverkkoDb db, Guid versionId, CancellationToken cancellationToken) =>
        await db.AgreementVersions.Include(v => v.Parties).ThenInclude(p => p.Signatories)
            .SingleOrDefaultAsync(v => v.Id == versionId, cancellationToken) ?? throw new NotFoundException(AgreementRules.PeriodNotFound);

    /// <summary>The terms of the region a version belongs to (the notice period, the reminder interval).</summary>
    public static async Task<RegionTerms> TermsAsync(PerheverkkoDb db, Guid regionId, CancellationToken cancellationToken) =>
        (await db.Regions.AsNoTracking().SingleAsync(r => r.Id == regionId, cancellationToken)).Terms;

    public static Party PartyOf(AgreementVersion version, Guid organisationId) =>
        version.Parties.SingleOrDefault(p => p.OrganisationId == organisationId) ?? throw new NotFoundException(SigningRules.PartyNotFound);

    public static async Task<List<SigningEvent>> EventsAsync(PerheverkkoDb db, Guid versionId, CancellationToken cancellationToken) =>
        await db.SigningEvents.Where(e => e.AgreementVersionId == versionId).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);

    public static string PeriodSlug(AgreementVersion version) => $"{version.StartYear}-{version.EndYear}";

    /// <summary>
    /// After a signature, a decision or a leaving: when every party taking part has met its signing rule, a version out
    /// for signing enters into force on the day of the last signature (001 §24), and its parties join on that day; in a
    /// version already in force, an acceding party joins on the day its own rule is met.
    /// </summary>
    /// <returns>True when the version entered into force now.</returns>
    public static async Task<bool> SettleAsync(PerheverkkoDb db, AgreementVersion version, IReadOnlyList<SigningEvent> events, CancellationToken cancellationToken)
    {
        if (version.Status is not (AgreementStatus.OutForSigning or AgreementStatus.InForce)) return false;
        var partyIds = version.Parties.Select(p => p.Id).ToList();
        // Local, not a projection: a decision recorded in this unit of work counts before it is saved.
        await db.PartyDecisions.Where(d => partyIds.Contains(d.PartyId)).LoadAsync(cancellationToken);
        var decisions = db.PartyDecisions.Local.Where(d => partyIds.Contains(d.PartyId)).ToDictionary(d => d.PartyId, d => d.Status);
        var states = version.Parties.ToDictionary(p => p, p => StateOf(p, events, decisions.TryGetValue(p.Id, out var s) ? s : null));
        var signatures = events.Where(e => e.Kind == SigningEventKind.Signed).ToList();
        if (version.Status == AgreementStatus.OutForSigning)
        {
            if (!EntryIntoForce.IsDue(states.Values)) return false;
            var day = HelsinkiTime.DateOf(signatures.Max(e => e.OccurredAt));
            version.EnterIntoForce(day);
            foreach (var (party, state) in states.Where(s => s.Value.TakesPart)) party.Join(day);
            return true;
        }
        foreach (var (party, state) in states.Where(s => s.Key.JoinedOn is null && s.Value.TakesPart && EntryIntoForce.RuleMet(s.Value)))
            party.Join(HelsinkiTime.DateOf(signatures.Where(e => e.PartyId == party.Id).Max(e => e.OccurredAt)));
        return false;
    }

    public static PartySigningState StateOf(Party party, IEnumerable<SigningEvent> events, DecisionStatus? decision) =>
        new(party.SigningRule, party.Signatories.Select(s => s.StaffUserId).ToList(),
            events.Where(e => e.Kind == SigningEventKind.Signed && e.PartyId == party.Id && e.SignatoryUserId is not null)
                .Select(e => e.SignatoryUserId!.Value).ToHashSet(),
            TakesPart: party.EndReason != PartyEnd.Leaving && decision is not (DecisionStatus.Rejected or DecisionStatus.NotInTime));
}
