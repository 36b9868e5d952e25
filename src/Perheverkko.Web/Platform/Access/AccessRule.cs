namespace Perheverkko.Web.Platform.Access;

/// <summary>How far a role's rule reaches.</summary>
public enum Scope
{
    /// <summary>Every region: only a national administrator (an admin account with no region).</summary>
    National,
    /// <summary>The person's own region (a national administrator's reaches every region).</summary>
    Region,
    /// <summary>Only objects of the person's own organisation.</summary>
    OwnOrganisation,
}

/// <summary>One way to be allowed an action: <see cref="ByRole"/> or <see cref="ByRelationship"/>.</summary>
public abstract record AccessRule;

/// <summary>Anyone of the role, within the scope.</summary>
public sealed record ByRole(StaffRole Role, Scope Scope) : AccessRule
{
    public override string ToString() => $"{Role} ({Scope switch { Scope.National => "national", Scope.Region => "own region", _ => "own organisation" }})";
}

/// <summary>Whoever stands in the relationship to the object (and, when given, has the role).</summary>
public sealed record ByRelationship(Relationship Relationship, StaffRole? Role = null) : AccessRule
{
    public override string ToString() => Role is { } role ? $"{Role} who is {Relationship.Name}" : Relationship.Name;
}

/// <summary>
/// A relationship between a person and an object that grants rights: "chair of this group", "named signatory of this
/// party". Declared here so the whole access model reads in one table (<see cref="AccessCatalogue"/>); the feature that
/// owns the data decides who holds it (an <see cref="IRelationshipSource"/>).
/// </summary>
public sealed record Relationship(string Name, string Meaning)
{
    public static readonly Relationship GroupChair = new("chair of the group", "Named chair of the group for the agreement period in force (001 §13).");
    public static readonly Relationship GroupViceChair = new("vice chair of the group", "Named vice chair of the group for the agreement period in force.");
    public static readonly Relationship GroupSecretary = new("secretary of the group", "Named secretary of the group for the agreement period in force.");
    public static readonly Relationship GroupMember = new("member of the group", "A current member or deputy of the group, or its chair, vice chair or secretary.");
    public static readonly Relationship GroupOpenToParties = new("staff of a party, for a group open to the parties", "The group is visible to the staff of the parties, and the person works for an organisation of the region.");
    public static readonly Relationship PartyStaff = new("staff of a party to the version", "The person's organisation is a party of the agreement version.");
    public static readonly Relationship NamedSignatory = new("named signatory of the party", "The party named the person to sign for it.");
    public static readonly Relationship MunicipalityOfPlace = new("representative of the place's municipality", "The person represents the municipality the meeting place is in (003 §4: the municipality answers for its meeting places).");

    public static readonly Relationship AdviceWorker = new("member of a Perheneuvo team", "The person is in a municipality's Perheneuvo team of the region (003 §3.4: the local networks name their workers).");
    public static readonly Relationship ContactTeamMember = new("member of the contact's Perheneuvo team", "The contact is in the queue of the municipality team the person is in.");
    public static readonly Relationship ContactAssignee = new("worker of the contact", "The contact is assigned to the person.");
    public static readonly Relationship ContactInRegionalQueue = new("handler of the regional queue", "The contact waits in the regional queue, which has no municipality team: the family did not know the municipality, the municipality has no team, or it was transferred there.");

    public override string ToString() => Name;
}

/// <summary>
/// What an action is taken on: its type and id (for the audit trail and the relationships), the region it belongs to,
/// and the organisation whose it is (for own-organisation rules). A new object not yet made has no id.
/// </summary>
public sealed record AccessObject(string Type, Guid? Id, Guid RegionId, Guid? OrganisationId = null);

/// <summary>Decides who holds a relationship to objects. One query answers for a whole page of objects.</summary>
public interface IRelationshipSource
{
    IReadOnlyCollection<Relationship> Relationships { get; }

    /// <returns>The ids of those <paramref name="objects"/> to which <paramref name="actor"/> stands in the relationship.</returns>
    Task<IReadOnlySet<Guid>> HeldOnAsync(Relationship relationship, Actor actor, IReadOnlyCollection<AccessObject> objects, CancellationToken cancellationToken);
}
