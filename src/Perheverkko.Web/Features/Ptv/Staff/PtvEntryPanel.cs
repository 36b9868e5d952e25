using Perheverkko.Web.Features.Directory;

namespace Perheverkko.Web.Features.Ptv.Staff;

/// <summary>
/// What a directory edit page shows about PTV (<c>_EntryPanel</c>): where the entry is kept, its PTV id and export status,
/// and for those who may synchronise its organisation the switch of master (with its confirming step) and the export.
/// </summary>
public sealed record PtvEntryPanel(PtvEntryKind Kind, DirectoryMaster Master, string? PtvId, int Version, bool MaySync, bool Confirming,
    PtvEntryView? Entry, string? Error)
{
    public DirectoryMaster Other => Master == DirectoryMaster.Ptv ? DirectoryMaster.Perheverkko : DirectoryMaster.Ptv;
}
