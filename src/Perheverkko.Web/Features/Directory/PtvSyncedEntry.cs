using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Directory;

/// <summary>
/// Where an entry is kept (issue #19 item 1, decision 0035): here, and sent to the national service catalogue PTV when
/// its organisation chooses; or in PTV, imported and read-only here except for what PTV has no field for.
/// </summary>
public enum DirectoryMaster
{
    Perheverkko,
    Ptv,
}

/// <summary>
/// A directory entry that the national service catalogue (PTV) describes too: a service, or a meeting place as a PTV
/// service-location channel. Weekly group activities are not PTV services, so <see cref="Activity"/> is not one of these.
/// </summary>
public abstract class PtvSyncedEntry : DirectoryEntry
{
    /// <summary>Where the entry is kept; switching is an explicit, audited step.</summary>
    public DirectoryMaster Master { get; protected set; }
    /// <summary>The entry's id in PTV (a GUID in PTV's text form), set by an import or by PTV's answer to an export.</summary>
    public string? PtvId { get; protected set; }

    public bool IsMasteredInPtv => Master == DirectoryMaster.Ptv;

    /// <summary>
    /// The names of the PTV-owned fields whose value differs between the entry and <paramref name="other"/> (same names as
    /// the API's fields, e.g. <c>name</c>, <c>openingHours</c>): what an edit of a PTV-mastered entry may not change, and
    /// what an import would change.
    /// </summary>
    public abstract IReadOnlyList<string> PtvFieldsDifferingFrom(object other);

    /// <summary>Moves the entry to the other master. Kept in PTV needs a PTV id (an imported entry, or one PTV has accepted).</summary>
    public void SwitchMaster(int expectedVersion, DirectoryMaster target, DateTime now)
    {
        BeginChange(expectedVersion);
        RuleCheck.That(target != Master, DirectoryRules.MasterUnchanged);
        RuleCheck.That(target == DirectoryMaster.Perheverkko || PtvId is not null, DirectoryRules.NotInPtv);
        Master = target;
        Changed(now);
    }

    /// <summary>
    /// Records the id PTV gave the entry when it accepted an export. Not an editor's change, so the version stays: an editor
    /// who opened the entry before the answer came can still save.
    /// </summary>
    public void RecordPtvId(string ptvId) => PtvId = ptvId;

    /// <summary>Checked by <c>Update</c>: an editor may change only what PTV has no field for on an entry kept in PTV.</summary>
    protected void CheckEditableHere(object details)
    {
        if (!IsMasteredInPtv) return;
        var changed = PtvFieldsDifferingFrom(details);
        RuleCheck.That(changed.Count == 0, DirectoryRules.MasteredInPtv with { Message = DirectoryRules.MasteredInPtv.Message + " (" + string.Join(", ", changed) + ")" });
    }

    /// <summary>Starts an entry imported from PTV: kept in PTV, with its PTV id, published as PTV publishes it.</summary>
    protected void BeginFromPtv(string ptvId, DateTime now)
    {
        Master = DirectoryMaster.Ptv;
        PtvId = ptvId;
        State = PublicationState.Published;
        PublishedAt = now;
    }

    /// <summary>An import replaced the PTV-owned fields (the caller keeps the rest as they were).</summary>
    protected void ChangedFromPtv(DateTime now) => Changed(now);
}
