using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Agreements;

/// <summary>
/// A frozen version's text is re-hashed every time it is shown, served or certified: the sections as stored now, in
/// the canonical form freezing hashed, against the version's recorded <see cref="AgreementVersion.TextHash"/>. A
/// section edited in the database behind the application's back then shows as broken, as a changed signing event
/// breaks the signing chain. The one place every reader asks (issue #12; docs/agreement-signing.md "Evidence").
/// </summary>
public static class FrozenTextCheck
{
    /// <summary>Null for a text not frozen (a draft has no hash to match); else whether the sections hash to <paramref name="textHash"/>.</summary>
    public static bool? Intact(string? textHash, IEnumerable<SectionText> sections) =>
        textHash is null ? null : AgreementText.Sha256(AgreementText.Canonical(sections)) == textHash;

    /// <summary>The same, reading the version's sections (across regions: the caller has already found the version it may see).</summary>
    public static async Task<bool?> IntactAsync(PerheverkkoDb db, Guid versionId, string? textHash, CancellationToken cancellationToken)
    {
        if (textHash is null) return null;
        var sections = await db.AgreementSections.AsNoTracking().AcrossRegions().Where(s => s.AgreementVersionId == versionId)
            .Select(s => new SectionText(s.Number, s.Title, s.Body)).ToListAsync(cancellationToken);
        return Intact(textHash, sections);
    }
}
