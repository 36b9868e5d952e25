using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.FamilyAdvice;

/// <summary>
/// A municipality's Perheneuvo team: the workers the local network named to the regional Perheneuvo network (003 §3.4).
/// Contacts for the municipality go to its queue; its members see and handle them. Members are staff accounts.
/// </summary>
public sealed class AdviceTeam : IRegionOwned
{
    private readonly List<AdviceTeamMember> members = [];

    private AdviceTeam() { }
    public AdviceTeam(Guid id, Guid regionId, Guid municipalityId, DateTime now)
    { Id = id; RegionId = regionId; MunicipalityId = municipalityId; CreatedAt = now; }

    public Guid Id { get; private set; }
    public Guid RegionId { get; private set; }
    public Guid MunicipalityId { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public IReadOnlyList<AdviceTeamMember> Members => members;

    public AdviceTeamMember AddMember(Guid userId, DateTime now)
    {
        RuleCheck.That(members.All(m => m.UserId != userId), FamilyAdviceRules.AlreadyMember);
        var member = new AdviceTeamMember(Guid.CreateVersion7(), Id, userId, now);
        members.Add(member);
        return member;
    }

    public void RemoveMember(Guid userId)
    {
        var member = members.SingleOrDefault(m => m.UserId == userId);
        RuleCheck.That(member is not null, FamilyAdviceRules.NotMember);
        members.Remove(member!);
    }
}

public sealed class AdviceTeamMember
{
    private AdviceTeamMember() { }
    public AdviceTeamMember(Guid id, Guid teamId, Guid userId, DateTime now) { Id = id; TeamId = teamId; UserId = userId; Since = now; }

    public Guid Id { get; private set; }
    public Guid TeamId { get; private set; }
    /// <summary>The staff account of the worker.</summary>
    public Guid UserId { get; private set; }
    public DateTime Since { get; private set; }
}
