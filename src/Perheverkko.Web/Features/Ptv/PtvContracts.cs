using Perheverkko.Web.Features.Directory;

namespace Perheverkko.Web.Features.Ptv;

public enum PtvEntryKind
{
    Service,
    /// <summary>A meeting place: a service-location channel in PTV.</summary>
    MeetingPlace,
}

/// <summary>What an import would do to one entry.</summary>
public enum PtvImportChange
{
    /// <summary>In PTV, not here: would be created, kept in PTV.</summary>
    New,
    /// <summary>Kept in PTV and changed there since it was imported (drift): would be updated.</summary>
    Changed,
    Unchanged,
    /// <summary>Kept here and exported, and PTV's copy differs from ours (edited in PTV): shown, never applied.</summary>
    DiffersInPtv,
    /// <summary>Imported earlier, no longer published in PTV: shown; the entry here stays until someone archives it.</summary>
    GoneFromPtv,
    /// <summary>PTV's answer for it cannot be taken (unknown codes, no Finnish name, bad coordinates, oversized texts): nothing applied.</summary>
    Invalid,
}

/// <summary>A field that differs, with both values as a person reads them.</summary>
public sealed record PtvFieldDifference(string Field, string? Here, string? InPtv);

/// <summary>Why one entry of PTV's answer cannot be taken: a stable code and what was wrong.</summary>
public sealed record PtvProblem(string Code, string Detail);

public sealed record PtvImportItem(
    PtvEntryKind Kind, string PtvId, Guid? EntryId, string Name, PtvImportChange Change,
    IReadOnlyList<PtvFieldDifference> Differences, IReadOnlyList<PtvProblem> Problems);

/// <summary>The dry run: what an import of the organisation's services and service locations would change, entry by entry.</summary>
public sealed record PtvImportPreview(Guid OrganisationId, Guid PtvOrganisationId, DateTime FetchedAt, IReadOnlyList<PtvImportItem> Items)
{
    public int Count(PtvImportChange change) => Items.Count(i => i.Change == change);
}

public sealed record PtvImportResult(int Created, int Updated, int Unchanged, int Refused);

/// <summary>Where an entry's export stands.</summary>
public enum PtvExportStatus
{
    NotSent,
    /// <summary>Waiting for the job runner (or for a retry after PTV was busy or down).</summary>
    Queued,
    /// <summary>Sent; PTV's answer is not in yet.</summary>
    Sent,
    Accepted,
    /// <summary>PTV refused it; its message is kept and shown, and the entry here is unchanged.</summary>
    Rejected,
}

/// <summary>One service or meeting place of an organisation with where it is kept and how its export stands.</summary>
public sealed record PtvEntryView(
    PtvEntryKind Kind, Guid EntryId, string Name, PublicationState State, DirectoryMaster Master, string? PtvId,
    PtvExportStatus Status, string? Message, int Attempts, DateTime? LastAttemptAt);

/// <summary>An organisation's PTV page: its connection (never the password) and its entries.</summary>
public sealed record PtvOrganisationView(
    Guid OrganisationId, string OrganisationName, Guid? PtvOrganisationId, string? ApiUsername, bool HasPassword, DateTime? LastImportedAt,
    bool Configured, bool CanSync, IReadOnlyList<PtvEntryView> Entries);
