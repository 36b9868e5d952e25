using Perheverkko.Web.Platform.Tenancy;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Governance;

public enum GroupKind
{
    /// <summary>LNP-johtoryhmä: meets mostly monthly (001 §8, §13).</summary>
    Leadership,
    /// <summary>Kehittäjäverkosto: meets about four times a year (001 §13).</summary>
    DeveloperNetwork,
    /// <summary>Perheneuvoverkosto (003 §3.4).</summary>
    FamilyAdviceNetwork,
    /// <summary>
    /// Kunnan LAPE-työryhmä (003 §3.4): a municipality's local multi-actor group — the municipality, the social and health
    /// services, NGOs, the parish and families' representatives — that supports the local coordination of the family centre.
    /// </summary>
    MunicipalLapeGroup,
}

public enum GroupVisibility
{
    /// <summary>Any signed-in staff member of the parties sees the group, its members and sent agendas.</summary>
    StaffOfParties,
    /// <summary>Only the group's own members and deputies (and the coordinator) see it.</summary>
    MembersOnly,
}

public enum MembershipRole { Member, Deputy }

public enum GroupRoleKind { Chair, ViceChair, Secretary }

/// <summary>Who approves a meeting's minutes (issue 5 §7): the chair, or the group itself as a decision of its next meeting.</summary>
public enum MinutesApproval { ByChair, AtNextMeeting }

/// <summary>Who a membership or a role is held by: an account where the person has one, otherwise just a name and e-mail (001 §19: nothing more).</summary>
public sealed record PersonRef(Guid? StaffUserId, string Name, string Email)
{
    public bool SamePerson(PersonRef other) =>
        (StaffUserId is not null && StaffUserId == other.StaffUserId) || string.Equals(Email, other.Email, StringComparison.OrdinalIgnoreCase);
}

/// <summary>The leadership group, a developer network or the Perheneuvo network: who belongs, who chairs, how often it meets.</summary>
public sealed class Group : IRegionOwned
{
    public const int MaxMeetingsPerYear = 12;

    private Group() { }

    public Guid Id { get; private set; }
    public Guid RegionId { get; private set; }
    public string Slug { get; private set; } = "";
    public GroupKind Kind { get; private set; }
    public LocalizedText Name { get; private set; } = new("");
    public string Purpose { get; private set; } = "";
    /// <summary>The rhythm: how many meetings a year (12 monthly, 4 quarterly).</summary>
    public int MeetingsPerYear { get; private set; }
    public GroupVisibility Visibility { get; private set; }
    public DateTime CreatedAt { get; private set; }
    /// <summary>How many members must be present, in person or through their deputy, for decisions (default: more than half).</summary>
    public QuorumThreshold Quorum { get; private set; }
    public MinutesApproval MinutesApproval { get; private set; }
    public List<Membership> Memberships { get; private set; } = [];
    public List<GroupRole> Roles { get; private set; } = [];

    public static Group Create(Guid id, Guid regionId, string slug, GroupKind kind, LocalizedText name, string purpose, int meetingsPerYear,
        GroupVisibility visibility, DateTime now) => new()
    {
        Id = id, RegionId = regionId, Slug = slug, Kind = kind, Name = name, Purpose = purpose, MeetingsPerYear = meetingsPerYear,
        Visibility = visibility, CreatedAt = now,
    };

    public void SetQuorum(QuorumThreshold quorum) => Quorum = quorum;

    public void SetMinutesApproval(MinutesApproval approval) => MinutesApproval = approval;

    public IEnumerable<Membership> CurrentMemberships(DateOnly today) => Memberships.Where(m => m.IsCurrentOn(today));

    /// <summary>A member, or a deputy for one of the group's members (001 §13: invitations go to both).</summary>
    public Membership AddMembership(PersonRef person, Guid organisationId, MembershipRole role, Guid? deputyForId,
        DateOnly from, DateOnly? to, DateTime now)
    {
        RuleCheck.That(to is null || to >= from, GovernanceRules.EndsBeforeStarts);
        if (role == MembershipRole.Member)
            RuleCheck.That(deputyForId is null, GovernanceRules.MemberHasNoDeputyFor);
        else
        {
            var member = Memberships.SingleOrDefault(m => m.Id == deputyForId && m.Role == MembershipRole.Member);
            RuleCheck.That(member is not null, GovernanceRules.DeputyNeedsMember);
            RuleCheck.That(!member!.Person.SamePerson(person), GovernanceRules.DeputyOfSelf);
        }
        RuleCheck.That(!Memberships.Any(m => m.Role == role && m.Person.SamePerson(person) && m.Overlaps(from, to)), GovernanceRules.AlreadyMember);
        var membership = new Membership(Guid.CreateVersion7(), Id, person, organisationId, role, deputyForId, from, to, now);
        Memberships.Add(membership);
        return membership;
    }

    public void EndMembership(Guid membershipId, DateOnly on)
    {
        var membership = Memberships.SingleOrDefault(m => m.Id == membershipId) ?? throw new NotFoundException(GovernanceRules.MembershipNotFound);
        membership.End(on);
    }

    /// <summary>001 §8: a chair and a vice chair for each agreement period — at most one of each.</summary>
    public GroupRole AssignRole(GroupRoleKind kind, Guid agreementVersionId, PersonRef person, DateTime now)
    {
        RuleCheck.That(!Roles.Any(r => r.Kind == kind && r.AgreementVersionId == agreementVersionId), GovernanceRules.RoleTaken);
        var role = new GroupRole(Guid.CreateVersion7(), Id, kind, agreementVersionId, person, now);
        Roles.Add(role);
        return role;
    }
}

public sealed class Membership
{
    private Membership() { }

    internal Membership(Guid id, Guid groupId, PersonRef person, Guid organisationId, MembershipRole role, Guid? deputyForId,
        DateOnly from, DateOnly? to, DateTime now)
    {
        Id = id; GroupId = groupId; Person = person; OrganisationId = organisationId; Role = role; DeputyForId = deputyForId;
        From = from; To = to; CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid GroupId { get; private set; }
    public PersonRef Person { get; private set; } = new(null, "", "");
    /// <summary>The organisation the person represents in the group.</summary>
    public Guid OrganisationId { get; private set; }
    public MembershipRole Role { get; private set; }
    /// <summary>For a deputy: the membership of the member they stand in for.</summary>
    public Guid? DeputyForId { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly? To { get; private set; }
    public DateTime CreatedAt { get; private set; }

    public bool IsCurrentOn(DateOnly day) => From <= day && (To is null || To >= day);

    /// <summary>The person named by name and e-mail has confirmed that address on their account (<see cref="GovernancePeopleByAddress"/>).</summary>
    internal void LinkAccount(Guid userId) => Person = Person with { StaffUserId = userId };

    public bool Overlaps(DateOnly from, DateOnly? to) => (to is null || From <= to) && (To is null || To >= from);

    internal void End(DateOnly on)
    {
        RuleCheck.That(on >= From, GovernanceRules.EndsBeforeStarts);
        To = on;
    }
}

/// <summary>Chair, vice chair or secretary of a group for one agreement period.</summary>
public sealed class GroupRole
{
    private GroupRole() { }

    internal GroupRole(Guid id, Guid groupId, GroupRoleKind kind, Guid agreementVersionId, PersonRef person, DateTime now)
    { Id = id; GroupId = groupId; Kind = kind; AgreementVersionId = agreementVersionId; Person = person; CreatedAt = now; }

    public Guid Id { get; private set; }
    public Guid GroupId { get; private set; }
    public GroupRoleKind Kind { get; private set; }
    public Guid AgreementVersionId { get; private set; }
    public PersonRef Person { get; private set; } = new(null, "", "");
    public DateTime CreatedAt { get; private set; }

    /// <inheritdoc cref="Membership.LinkAccount"/>
    internal void LinkAccount(Guid userId) => Person = Person with { StaffUserId = userId };
}
