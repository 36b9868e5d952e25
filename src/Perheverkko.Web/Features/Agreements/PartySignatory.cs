namespace Perheverkko.Web.Features.Agreements;

/// <summary>A staff account named to sign for a party (001 §23 allekirjoittaja).</summary>
public sealed class PartySignatory
{
    private PartySignatory() { }
    public PartySignatory(Guid id, Guid partyId, Guid staffUserId, string name, string email)
    { Id = id; PartyId = partyId; StaffUserId = staffUserId; Name = name; Email = email; }

    public Guid Id { get; private set; }
    public Guid PartyId { get; private set; }
    public Guid StaffUserId { get; private set; }
    public string Name { get; private set; } = "";
    public string Email { get; private set; } = "";
    /// <summary>When the signing link was last mailed (first notice or reminder); reminders count from here.</summary>
    public DateTime? LastNotifiedAt { get; private set; }

    public void Notified(DateTime now) => LastNotifiedAt = now;
}
