using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Agreements;

/// <summary>The background documents the version names (001 §4), replaced as a whole list.</summary>
public sealed class SetBackgroundDocuments(PerheverkkoDb db, AccessControl access, AuditLog audit)
{
    public sealed record Document(string? Title, string? Url);
    public sealed record Request(IReadOnlyList<Document>? Documents);

    public async Task HandleAsync(Actor? actor, string period, Request request, CancellationToken cancellationToken)
    {
        var version = await AgreementPeriod.LoadAsync(db, period, cancellationToken);
        await access.RequireAsync(actor, StaffAction.DraftAgreement, PartyRelationships.Of(version), cancellationToken);
        var check = new InputCheck().That(request.Documents is { Count: <= 20 }, "documents", "validation.required");
        foreach (var (document, i) in (request.Documents ?? []).Select((d, i) => (d, i)))
        {
            check.Required($"documents.{i}.title", document?.Title, 300).Optional($"documents.{i}.url", document?.Url, 500)
                .That(document?.Url.TrimmedOrNull() is not { } url || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"),
                    $"documents.{i}.url", "validation.url");
        }
        check.ThrowIfInvalid();
        version.SetBackgroundDocuments(request.Documents!.Select(d => (d.Title!.Trim(), d.Url.TrimmedOrNull())).ToList());
        audit.Record(actor, AuditEvent.AgreementBackgroundDocumentsSet, "AgreementVersion", version.Id, $"{request.Documents!.Count} documents");
        await db.SaveChangesAsync(cancellationToken);
    }
}
