using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.FamilyAdvice;

/// <summary>
/// The first lines of every staff use case and query on one contact: load it (unknown, or another region's: 404), then
/// require <see cref="StaffAction.HandleFamilyContact"/> (refused: 403, audited). Reads of its words are audited by the
/// caller (<c>AuditEvent.FamilyContactRead</c>, saved at once with <c>AuditLog.RecordNowAsync</c>).
/// </summary>
internal static class ContactLoader
{
    public static async Task<(FamilyContact Contact, Actor Actor)> LoadForHandlingAsync(this PerheverkkoDb db, AccessControl access, Actor? actor,
        Guid contactId, bool withEntries, CancellationToken cancellationToken)
    {
        var query = db.FamilyContacts.AsQueryable();
        if (withEntries) query = query.Include(c => c.Entries);
        var contact = await query.SingleOrDefaultAsync(c => c.Id == contactId, cancellationToken)
            ?? throw new NotFoundException(FamilyAdviceRules.NotFound);
        var allowed = await access.RequireAsync(actor, StaffAction.HandleFamilyContact, FamilyAdviceRelationships.Of(contact), cancellationToken);
        return (contact, allowed);
    }
}
