using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Agreements.Signing;

public enum SignatureState { Missing, Signed, Rejected }

/// <param name="SignedOutsidePerheverkko">Decisions and signatures were made before Perheverkko (<see cref="AgreementVersion.SignedOutsidePerheverkko"/>).</param>
public sealed record SigningVersionView(Guid Id, string Period, string Slug, string Title, AgreementStatus Status, string? TextHash,
    DateTime? FrozenAt, DateTime? SentForSigningAt, DateOnly? InForceFrom, DateOnly? EndedOn, bool SignedOutsidePerheverkko);

public sealed record DecisionView(DecisionStatus Status, string Organ, DateOnly MeetingDate, int? Section, string? RegisterNumber, string Reference,
    string? Background, string? Proposal, string? Decision, string? Preparer, string? Presenter, string? AuthorisedToSign,
    string? AttachmentFileName, string? AttachmentSha256, long? AttachmentSize, DateTime RecordedAt, string RecordedBy);

public sealed record SignatoryView(Guid StaffUserId, string Name, SignatureState State, DateTime? At, string? Reason);

public sealed record PartySigningView(Guid OrganisationId, string ListedName, int Position, DecisionView? Decision, SigningRule SigningRule,
    IReadOnlyList<SignatoryView> Signatories, IReadOnlyList<string> Missing, bool TakesPart, bool RuleMet, DateOnly? JoinedOn, DateOnly? EndsOn,
    PartyEnd? EndReason, DateOnly? NoticeGivenOn, IReadOnlyList<string> PermittedActions);

/// <summary>
/// The dashboard: per party its decision and signatures and who is still missing; what the caller may do.
/// <see cref="TextIntact"/>: null before freezing, else whether the stored text still hashes to the text hash.
/// </summary>
public sealed record SigningDashboardView(SigningVersionView Version, IReadOnlyList<PartySigningView> Parties, int PartiesTakingPart,
    int PartiesSigned, bool ChainIntact, DateOnly NoticeTodayEndsOn, IReadOnlyList<string> PermittedActions, bool? TextIntact);

/// <summary>
/// The public view of decisions: references and states only, no personal data. A party of a version signed before
/// Perheverkko (<see cref="RecordedOutsidePerheverkko"/>) has no status unless a seed documents its decision, and no
/// signature counts: they were not made here (decision 0041).
/// </summary>
public sealed record PublicPartyDecisionView(string ListedName, DecisionStatus? Status, string? Organ, DateOnly? MeetingDate, int? Section,
    string? RegisterNumber, int? SignaturesNeeded, int? SignaturesGiven, bool Rejected, DateOnly? JoinedOn, DateOnly? EndsOn, bool RecordedOutsidePerheverkko);

public sealed record PublicDecisionsView(string Period, string Title, AgreementStatus Status, string? TextHash, DateTime? SentForSigningAt,
    DateOnly? InForceFrom, DateOnly? EndedOn, IReadOnlyList<PublicPartyDecisionView> Parties, bool? TextIntact, bool SignedOutsidePerheverkko);

public sealed record AnnexRow(string Organisation, string Name, string Email, ContactRole Role, string? Title);

/// <summary>An organisation that could accede to a version, or a staff account that could be named to sign: id and name.</summary>
public sealed record SigningChoice(Guid Id, string Name);

public sealed class SigningQueries(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<SigningVersionView>> VersionsAsync(CancellationToken cancellationToken) =>
        (await db.AgreementVersions.AsNoTracking().OrderBy(v => v.StartYear).ToListAsync(cancellationToken)).Select(View).ToList();

    /// <summary>The id of a period's version ("2026-2029"), or the not-found rule.</summary>
    public Task<Guid> VersionIdAsync(string period, CancellationToken cancellationToken) => AgreementPeriod.IdAsync(db, period, cancellationToken);

    /// <summary>The id of one region's version of a period (the public addresses /r/{region}/agreement/{period}/…).</summary>
    public Task<Guid> VersionIdAsync(Guid regionId, string period, CancellationToken cancellationToken) => AgreementPeriod.IdAsync(db, regionId, period, cancellationToken);

    public async Task<SigningDashboardView> DashboardAsync(Actor? actor, Guid versionId, CancellationToken cancellationToken)
    {
        var (version, events, decisions) = await LoadAsync(versionId, cancellationToken);
        await access.RequireAsync(actor, StaffAction.ViewAgreementSigning, PartyRelationships.Of(version), cancellationToken);
        // What the caller may do on the version and on each party: one answer from the engine for the whole page.
        var permitted = await access.PermittedAsync(actor, [PartyRelationships.Of(version), .. version.Parties.Select(p => PartyRelationships.Of(p, version.RegionId))],
            [StaffAction.ManageAgreementParties, .. PartyActions], cancellationToken);
        var today = HelsinkiTime.Today(clock);
        var terms = await SigningData.TermsAsync(db, version.RegionId, cancellationToken);
        await audit.RecordNowAsync(actor, AuditEvent.AgreementSignatoriesRead, AuditOutcome.Succeeded, "AgreementVersion", versionId, "dashboard", cancellationToken);
        var parties = version.Parties.OrderBy(p => p.Position).Select(p =>
        {
            var decision = decisions.GetValueOrDefault(p.Id);
            var state = SigningData.StateOf(p, events, decision?.Status);
            var signatories = p.Signatories.OrderBy(s => s.Name).Select(s =>
            {
                var e = events.LastOrDefault(e => e.PartyId == p.Id && e.SignatoryUserId == s.StaffUserId);
                return new SignatoryView(s.StaffUserId, s.Name, e is null ? SignatureState.Missing : e.Kind == SigningEventKind.Signed ? SignatureState.Signed : SignatureState.Rejected,
                    e?.OccurredAt, e?.Reason);
            }).ToList();
            return new PartySigningView(p.OrganisationId, p.ListedName, p.Position, decision is null ? null : View(decision), p.SigningRule, signatories,
                signatories.Where(s => s.State == SignatureState.Missing).Select(s => s.Name).ToList(),
                state.TakesPart, EntryIntoForce.RuleMet(state), p.JoinedOn, p.EndsOn, p.EndReason, p.HasActiveNotice ? p.NoticeGivenOn : null,
                Only(permitted, p.Id, PartyActions));
        }).ToList();
        return new SigningDashboardView(View(version), parties, parties.Count(p => p.TakesPart), parties.Count(p => p.TakesPart && p.RuleMet),
            SigningChain.FirstBroken(events) is null, AgreementVersion.NoticeEndDate(terms, today, version.LastDay), Only(permitted, version.Id, StaffAction.ManageAgreementParties),
            await FrozenTextCheck.IntactAsync(db, version.Id, version.TextHash, cancellationToken));
    }

    /// <summary>What a party's row offers: its decision, its signatories, its notice, and signing for it.</summary>
    private static readonly StaffAction[] PartyActions =
        [StaffAction.RecordPartyDecision, StaffAction.NameSignatories, StaffAction.GiveNotice, StaffAction.SignAgreement];

    private static IReadOnlyList<string> Only(PermittedActions permitted, Guid id, params StaffAction[] actions) =>
        actions.Where(a => permitted.Has(id, a)).Select(a => a.ToString()).ToArray();

    public async Task<PublicDecisionsView> PublicDecisionsAsync(Guid versionId, CancellationToken cancellationToken)
    {
        var (version, events, decisions) = await LoadAsync(versionId, cancellationToken);
        return new PublicDecisionsView(version.Period, version.Title, version.Status, version.TextHash, version.SentForSigningAt, version.InForceFrom, version.EndedOn,
            version.Parties.OrderBy(p => p.Position).Select(p =>
            {
                var d = decisions.GetValueOrDefault(p.Id);
                var state = SigningData.StateOf(p, events, d?.Status);
                var outside = version.SignedOutsidePerheverkko;
                return new PublicPartyDecisionView(p.ListedName, d?.Status ?? (outside ? null : DecisionStatus.Pending), d?.Organ, d?.MeetingDate, d?.Section, d?.RegisterNumber,
                    outside ? null : p.SigningRule == SigningRule.Joint ? 2 : 1, outside ? null : state.SignedBy.Count,
                    events.Any(e => e.PartyId == p.Id && e.Kind == SigningEventKind.Rejected), p.JoinedOn, p.EndsOn, outside);
            }).ToList(), await FrozenTextCheck.IntactAsync(db, version.Id, version.TextHash, cancellationToken), version.SignedOutsidePerheverkko);
    }

    /// <summary>The annex (001 §23): contact persons and signatories of the version's parties. Staff of the parties only; every read audited.</summary>
    public async Task<(SigningVersionView Version, IReadOnlyList<AnnexRow> Rows)> AnnexAsync(Actor? actor, Guid versionId, CancellationToken cancellationToken)
    {
        var version = await SigningData.LoadVersionAsync(db, versionId, cancellationToken);
        await access.RequireAsync(actor, StaffAction.ViewAgreementAnnex, PartyRelationships.Of(version), cancellationToken);
        var today = HelsinkiTime.Today(clock);
        // Before entry into force the list is of those taking part; afterwards of those who are parties today.
        var parties = version.Parties.Where(p => version.InForceFrom is null ? p.EndReason is null : p.IsPartyOn(today)).ToList();
        var ids = parties.Select(p => p.OrganisationId).ToList();
        // The annex of 001 §23 lists contact persons and signatories; a party's communication owner is not one of them.
        var contacts = await db.ContactPersons.AsNoTracking()
            .Where(c => ids.Contains(c.OrganisationId) && c.Role != ContactRole.CommunicationOwner).ToListAsync(cancellationToken);
        var rows = parties.OrderBy(p => p.Position).SelectMany(p => contacts.Where(c => c.OrganisationId == p.OrganisationId)
            .OrderBy(c => c.Role).ThenBy(c => c.Name).Select(c => new AnnexRow(p.ListedName, c.Name, c.Email, c.Role, c.Title))).ToList();
        await audit.RecordNowAsync(actor, AuditEvent.AgreementAnnexRead, AuditOutcome.Succeeded, "AgreementVersion", versionId, $"{rows.Count} persons", cancellationToken);
        return (View(version), rows);
    }

    public async Task<DecisionAttachmentFile> AttachmentAsync(Actor? actor, Guid versionId, Guid organisationId, CancellationToken cancellationToken)
    {
        var party = await PartyObjectAsync(versionId, organisationId, cancellationToken);
        await access.RequireAsync(actor, StaffAction.ViewAgreementSigning, party, cancellationToken);
        var file = await (from d in db.PartyDecisions
                          join a in db.DecisionAttachments on d.Id equals a.DecisionId
                          where d.PartyId == party.Id
                          select new DecisionAttachmentFile(d.AttachmentFileName!, a.Content)).SingleOrDefaultAsync(cancellationToken);
        return file ?? throw new NotFoundException(SigningRules.AttachmentNotFound);
    }

    /// <summary>The organisations of the version's region that are not yet its parties, by name in the language of the page.</summary>
    public async Task<IReadOnlyList<SigningChoice>> AccessionCandidatesAsync(Guid versionId, string language, CancellationToken cancellationToken)
    {
        var version = await db.AgreementVersions.AsNoTracking().Where(v => v.Id == versionId).Select(v => new { v.RegionId, Parties = v.Parties.Select(p => p.OrganisationId).ToList() })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException(AgreementRules.PeriodNotFound);
        return (await db.Organisations.AsNoTracking().Where(o => o.RegionId == version.RegionId && !version.Parties.Contains(o.Id)).ToListAsync(cancellationToken))
            .Select(o => new SigningChoice(o.Id, o.Name.In(language))).OrderBy(c => c.Name, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>The staff accounts of a party's organisation that may be named its signatories; none for one who may not name them.</summary>
    public async Task<IReadOnlyList<SigningChoice>> SignatoryCandidatesAsync(Actor? actor, Guid versionId, Guid organisationId, CancellationToken cancellationToken) =>
        await access.PermitsAsync(actor, StaffAction.NameSignatories, await PartyObjectAsync(versionId, organisationId, cancellationToken), cancellationToken)
            ? await db.Users.AsNoTracking().Where(u => u.OrganisationId == organisationId).OrderBy(u => u.DisplayName)
                .Select(u => new SigningChoice(u.Id, u.DisplayName)).ToListAsync(cancellationToken)
            : [];

    /// <summary>The organisation's party in the version as the engine sees it, or the not-found rules.</summary>
    private async Task<AccessObject> PartyObjectAsync(Guid versionId, Guid organisationId, CancellationToken cancellationToken)
    {
        var regionId = await db.AgreementVersions.AsNoTracking().Where(v => v.Id == versionId).Select(v => (Guid?)v.RegionId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(AgreementRules.PeriodNotFound);
        var party = await db.Parties.AsNoTracking().SingleOrDefaultAsync(p => p.AgreementVersionId == versionId && p.OrganisationId == organisationId, cancellationToken)
            ?? throw new NotFoundException(SigningRules.PartyNotFound);
        return PartyRelationships.Of(party, regionId);
    }

    internal async Task<(AgreementVersion, List<SigningEvent>, Dictionary<Guid, PartyDecision>)> LoadAsync(Guid versionId, CancellationToken cancellationToken)
    {
        var version = await db.AgreementVersions.AsNoTracking().Include(v => v.Parties).ThenInclude(p => p.Signatories)
            .SingleOrDefaultAsync(v => v.Id == versionId, cancellationToken) ?? throw new NotFoundException(AgreementRules.PeriodNotFound);
        var events = await db.SigningEvents.AsNoTracking().Where(e => e.AgreementVersionId == versionId).OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        var partyIds = version.Parties.Select(p => p.Id).ToList();
        var decisions = await db.PartyDecisions.AsNoTracking().Where(d => partyIds.Contains(d.PartyId)).ToDictionaryAsync(d => d.PartyId, cancellationToken);
        return (version, events, decisions);
    }

    /// <summary>Whether the version's stored text still hashes to its text hash (<see cref="FrozenTextCheck"/>).</summary>
    internal Task<bool?> TextIntactAsync(AgreementVersion version, CancellationToken cancellationToken) =>
        FrozenTextCheck.IntactAsync(db, version.Id, version.TextHash, cancellationToken);

    internal static SigningVersionView View(AgreementVersion v) =>
        new(v.Id, v.Period, SigningData.PeriodSlug(v), v.Title, v.Status, v.TextHash, v.FrozenAt, v.SentForSigningAt, v.InForceFrom, v.EndedOn,
            v.SignedOutsidePerheverkko);

    internal static DecisionView View(PartyDecision d) =>
        new(d.Status, d.Organ, d.MeetingDate, d.Section, d.RegisterNumber, d.Reference, d.Background, d.Proposal, d.Decision, d.Preparer, d.Presenter,
            d.AuthorisedToSign, d.AttachmentFileName, d.AttachmentSha256, d.AttachmentSize, d.RecordedAt, d.RecordedBy);
}

public sealed record DecisionAttachmentFile(string FileName, byte[] Content);
