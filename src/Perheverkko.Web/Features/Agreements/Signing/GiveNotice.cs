using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Calendar;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Agreements.Signing;

/// <summary>
/// A party's representative gives notice (001 §21). The end date follows from the Helsinki date of the notice; the
/// page shows it before the notice is confirmed, and the request must confirm it.
/// </summary>
public sealed class GiveNotice(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(bool? Confirm);
    public sealed record Result(DateOnly NoticeGivenOn, DateOnly EndsOn);

    public async Task<Result> HandleAsync(Actor? actor, Guid versionId, Guid organisationId, Request request, CancellationToken cancellationToken)
    {
        var version = await SigningData.LoadVersionAsync(db, versionId, cancellationToken);
        var party = SigningData.PartyOf(version, organisationId);
        await access.RequireAsync(actor, StaffAction.GiveNotice, PartyRelationships.Of(party, version.RegionId), cancellationToken);
        RuleCheck.That(version.Status == AgreementStatus.InForce, SigningRules.NoticeNotAParty);
        RuleCheck.That(request.Confirm == true, SigningRules.NoticeConfirmationRequired);
        party.GiveNotice(HelsinkiTime.Today(clock), await SigningData.TermsAsync(db, version.RegionId, cancellationToken), actor!.Name, version.LastDay);
        audit.Record(actor, AuditEvent.NoticeGiven, "Party", party.Id, $"given {party.NoticeGivenOn:yyyy-MM-dd}, ends {party.EndsOn:yyyy-MM-dd}");
        await db.SaveChangesAsync(cancellationToken);
        return new Result(party.NoticeGivenOn!.Value, party.EndsOn!.Value);
    }
}
