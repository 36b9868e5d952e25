using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Home;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Localization;

namespace Perheverkko.Web.Features.Agreements.Signing;

/// <summary>
/// The agreement's part of the staff desk: the signatures this person owes as a named signatory (a version out for
/// signing, or in force and acceded to, that they have neither signed nor rejected), and the decisions their own
/// organisation owes as a party (a version out for decisions or signatures whose decision is not recorded) when they
/// may record it.
/// </summary>
public sealed class SigningDeskSource(PerheverkkoDb db, AccessControl access, Texts texts) : IStaffDeskSource
{
    public async Task<IReadOnlyList<StaffDeskItem>> ItemsAsync(Actor actor, CancellationToken cancellationToken)
    {
        var toSign = await (from s in db.PartySignatories.AsNoTracking()
                            join p in db.Parties.AsNoTracking() on s.PartyId equals p.Id
                            join v in db.AgreementVersions.AsNoTracking() on p.AgreementVersionId equals v.Id
                            where s.StaffUserId == actor.UserId && v.RegionId == actor.RegionId && p.EndReason == null
                                  && (v.Status == AgreementStatus.OutForSigning || (v.Status == AgreementStatus.InForce && p.JoinedOn == null))
                                  && !db.SigningEvents.Any(e => e.PartyId == p.Id && e.SignatoryUserId == actor.UserId)
                            orderby v.StartYear, p.Position
                            select new
                            {
                                v.StartYear, v.EndYear, v.Title, p.ListedName,
                                Approved = db.PartyDecisions.Any(d => d.PartyId == p.Id && d.Status == DecisionStatus.Approved),
                            }).ToListAsync(cancellationToken);
        var signatures = toSign.Select(s => new StaffDeskEntry($"{s.Title} {s.StartYear}–{s.EndYear}: {s.ListedName}",
            $"/staff/signing/{s.StartYear}-{s.EndYear}/sign", s.Approved ? null : texts["desk.signing.awaits_decision"])).ToList();

        var owed = actor.OrganisationId is not { } organisation ? [] : await (
            from p in db.Parties.AsNoTracking()
            join v in db.AgreementVersions.AsNoTracking() on p.AgreementVersionId equals v.Id
            where p.OrganisationId == organisation && v.RegionId == actor.RegionId && p.EndReason == null
                  && (v.Status == AgreementStatus.OutForDecisions || v.Status == AgreementStatus.OutForSigning)
                  && !db.PartyDecisions.Any(d => d.PartyId == p.Id && d.Status != DecisionStatus.Pending)
            orderby v.StartYear
            select new { Party = p, v.RegionId, v.StartYear, v.EndYear, v.Title }).ToListAsync(cancellationToken);
        var decisions = new List<StaffDeskEntry>();
        foreach (var o in owed)
            if (await access.PermitsAsync(actor, StaffAction.RecordPartyDecision, PartyRelationships.Of(o.Party, o.RegionId), cancellationToken))
                decisions.Add(new StaffDeskEntry($"{o.Title} {o.StartYear}–{o.EndYear}: {o.Party.ListedName}",
                    $"/staff/signing/{o.StartYear}-{o.EndYear}/parties/{o.Party.OrganisationId}"));

        return
        [
            new StaffDeskItem("desk.signing.signatures", signatures.Count, "/staff/signing", signatures),
            new StaffDeskItem("desk.signing.decisions", decisions.Count, "/staff/signing", decisions),
        ];
    }
}
