using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Calendar;

namespace Perheverkko.Web.Features.Agreements;

/// <summary>
/// Who stands in the agreement's relationships, for the access engine: the staff of a party to a version
/// (<see cref="Relationship.PartyStaff"/>, on versions) and a party's named signatory (<see cref="Relationship.NamedSignatory"/>,
/// on parties). Each is one query for a whole page of objects.
/// </summary>
public sealed class PartyRelationships(PerheverkkoDb db, TimeProvider clock) : IRelationshipSource
{
    public const string VersionType = "AgreementVersion";
    public const string PartyType = "Party";

    /// <summary>A version as the engine sees it: the object of drafting, commenting, signing rounds and the annex.</summary>
    public static AccessObject Of(AgreementVersion version) => new(VersionType, version.Id, version.RegionId);

    /// <summary>A party as the engine sees it: its organisation's own rules (decision, signatories, notice) and its named signatories.</summary>
    public static AccessObject Of(Party party, Guid regionId) => new(PartyType, party.Id, regionId, party.OrganisationId);

    public IReadOnlyCollection<Relationship> Relationships { get; } = [Relationship.PartyStaff, Relationship.NamedSignatory];

    public async Task<IReadOnlySet<Guid>> HeldOnAsync(Relationship relationship, Actor actor, IReadOnlyCollection<AccessObject> objects,
        CancellationToken cancellationToken)
    {
        if (relationship == Relationship.PartyStaff)
        {
            var versions = IdsOf(objects, VersionType);
            if (versions.Count == 0 || actor.OrganisationId is not { } organisation) return new HashSet<Guid>();
            // A party whose participation has ended (it left, or its notice took effect, or the version ended) is no longer one.
            var today = HelsinkiTime.Today(clock);
            return (await db.Parties.AsNoTracking()
                .Where(p => versions.Contains(p.AgreementVersionId) && p.OrganisationId == organisation && (p.EndsOn == null || p.EndsOn >= today))
                .Select(p => p.AgreementVersionId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        }
        if (relationship == Relationship.NamedSignatory)
        {
            var parties = IdsOf(objects, PartyType);
            if (parties.Count == 0) return new HashSet<Guid>();
            return (await db.PartySignatories.AsNoTracking()
                .Where(s => parties.Contains(s.PartyId) && s.StaffUserId == actor.UserId)
                .Select(s => s.PartyId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        }
        throw new ArgumentOutOfRangeException(nameof(relationship), relationship.Name, "Not an agreement relationship.");
    }

    private static List<Guid> IdsOf(IReadOnlyCollection<AccessObject> objects, string type) =>
        objects.Where(o => o.Type == type && o.Id is not null).Select(o => o.Id!.Value).Distinct().ToList();
}
