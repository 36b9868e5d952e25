using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Calendar;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Features.Governance;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Agreements;

/// <summary>A version is addressed by its period, "2026-2029" (an en dash is accepted too).</summary>
public static partial class AgreementPeriod
{
    public static bool TryParse(string? period, out int startYear, out int endYear)
    {
        startYear = endYear = 0;
        var match = period is null ? Match.Empty : Pattern().Match(period.Trim());
        if (!match.Success) return false;
        startYear = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        endYear = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>The version of a period with its text, or the not-found rule.</summary>
    public static async Task<AgreementVersion> LoadAsync(PerheverkkoDb db, string? period, CancellationToken cancellationToken, bool withParties = false)
    {
        if (!TryParse(period, out var start, out var end)) throw new NotFoundException(AgreementTextRules.VersionNotFound);
        IQueryable<AgreementVersion> query = db.AgreementVersions.Include(v => v.Sections).Include(v => v.BackgroundDocuments);
        if (withParties) query = query.Include(v => v.Parties);
        return await query.SingleOrDefaultAsync(v => v.StartYear == start && v.EndYear == end, cancellationToken)
            ?? throw new NotFoundException(AgreementTextRules.VersionNotFound);
    }

    [GeneratedRegex(@"^(\d{4})[-–](\d{4})$")]
    private static partial Regex Pattern();
}

/// <summary>The fields of a section as a form or an API client sends them.</summary>
public sealed record AgreementSectionInput(int? Number, string? Title, string? Body, string? TitleSv, string? BodySv)
{
    internal void Check(InputCheck check) => check
        .That(Number is >= 1 and <= 999, "number", "validation.range", 1, 999)
        .Required("title", Title, AgreementSection.MaxTitle)
        .Required("body", Body, AgreementSection.MaxBody)
        .Optional("titleSv", TitleSv, AgreementSection.MaxTitle)
        .Optional("bodySv", BodySv, AgreementSection.MaxBody);

    /// <summary>Stored as it will be hashed: line endings and spaces normalised (AgreementText.Normalise).</summary>
    internal static string Clean(string value) => AgreementText.Normalise(value).TrimEnd('\n');

    internal static string? CleanOrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : Clean(value);
}

/// <summary>The coordinator starts the next version: a draft for a new period with the text and parties of an existing one.</summary>
public sealed class CreateAgreementDraft(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(string? From, int? StartYear, int? EndYear, string? Title);

    /// <returns>The new version's period, e.g. "2030-2033".</returns>
    public async Task<string> HandleAsync(Actor? actor, Request request, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, StaffAction.DraftAgreement, objectType: "AgreementVersion", cancellationToken: cancellationToken);
        new InputCheck()
            .That(AgreementPeriod.TryParse(request.From, out _, out _), "from", "validation.required")
            .That(request.StartYear is >= 2000 and <= 2200, "startYear", "validation.range", 2000, 2200)
            .That(request.EndYear is >= 2000 and <= 2200, "endYear", "validation.range", 2000, 2200)
            .Required("title", request.Title, 300)
            .ThrowIfInvalid();
        var previous = await AgreementPeriod.LoadAsync(db, request.From, cancellationToken, withParties: true);
        RuleCheck.That(!await db.AgreementVersions.AnyAsync(v => v.StartYear == request.StartYear && v.EndYear == request.EndYear, cancellationToken),
            AgreementTextRules.PeriodTaken);
        var draft = AgreementVersion.DraftFrom(previous, Guid.CreateVersion7(), request.StartYear!.Value, request.EndYear!.Value,
            request.Title!.Trim(), clock.GetUtcNow().UtcDateTime);
        db.AgreementVersions.Add(draft);
        audit.Record(actor, AuditEvent.AgreementDraftCreated, "AgreementVersion", draft.Id, $"{draft.Slug} from {previous.Slug}");
        await db.SaveChangesAsync(cancellationToken);
        return draft.Slug;
    }
}

public sealed class AddAgreementSection(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public async Task<int> HandleAsync(Actor? actor, string period, AgreementSectionInput request, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, StaffAction.DraftAgreement, objectType: "AgreementVersion", objectId: period, cancellationToken: cancellationToken);
        var check = new InputCheck();
        request.Check(check);
        check.ThrowIfInvalid();
        var version = await AgreementPeriod.LoadAsync(db, period, cancellationToken);
        var section = version.AddSection(request.Number!.Value, request.Title!.Trim(), AgreementSectionInput.Clean(request.Body!),
            request.TitleSv.TrimmedOrNull(), AgreementSectionInput.CleanOrNull(request.BodySv), clock.GetUtcNow().UtcDateTime);
        audit.Record(actor, AuditEvent.AgreementSectionAdded, "AgreementVersion", version.Id, $"§ {section.Number}");
        await db.SaveChangesAsync(cancellationToken);
        return section.Number;
    }
}

public sealed class ChangeAgreementSection(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public async Task HandleAsync(Actor? actor, string period, int number, AgreementSectionInput request, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, StaffAction.DraftAgreement, objectType: "AgreementVersion", objectId: period, cancellationToken: cancellationToken);
        var check = new InputCheck();
        request.Check(check);
        check.ThrowIfInvalid();
        var version = await AgreementPeriod.LoadAsync(db, period, cancellationToken);
        version.ChangeSection(number, request.Number!.Value, request.Title!.Trim(), AgreementSectionInput.Clean(request.Body!),
            request.TitleSv.TrimmedOrNull(), AgreementSectionInput.CleanOrNull(request.BodySv), clock.GetUtcNow().UtcDateTime);
        audit.Record(actor, AuditEvent.AgreementSectionChanged, "AgreementVersion", version.Id,
            number == request.Number ? $"§ {number}" : $"§ {number} → § {request.Number}");
        await db.SaveChangesAsync(cancellationToken);
    }
}

public sealed class RemoveAgreementSection(PerheverkkoDb db, AccessControl access, AuditLog audit)
{
    public async Task HandleAsync(Actor? actor, string period, int number, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, StaffAction.DraftAgreement, objectType: "AgreementVersion", objectId: period, cancellationToken: cancellationToken);
        var version = await AgreementPeriod.LoadAsync(db, period, cancellationToken);
        var sectionId = version.Sections.SingleOrDefault(s => s.Number == number)?.Id;
        var hasComments = sectionId is not null && await db.SectionComments.AnyAsync(c => c.SectionId == sectionId, cancellationToken);
        version.RemoveSection(number, hasComments);
        audit.Record(actor, AuditEvent.AgreementSectionRemoved, "AgreementVersion", version.Id, $"§ {number}");
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>The background documents the version names (001 §4), replaced as a whole list.</summary>
public sealed class SetBackgroundDocuments(PerheverkkoDb db, AccessControl access, AuditLog audit)
{
    public sealed record Document(string? Title, string? Url);
    public sealed record Request(IReadOnlyList<Document>? Documents);

    public async Task HandleAsync(Actor? actor, string period, Request request, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, StaffAction.DraftAgreement, objectType: "AgreementVersion", objectId: period, cancellationToken: cancellationToken);
        var check = new InputCheck().That(request.Documents is { Count: <= 20 }, "documents", "validation.required");
        foreach (var (document, i) in (request.Documents ?? []).Select((d, i) => (d, i)))
        {
            check.Required($"documents.{i}.title", document?.Title, 300).Optional($"documents.{i}.url", document?.Url, 500)
                .That(document?.Url.TrimmedOrNull() is not { } url || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"),
                    $"documents.{i}.url", "validation.url");
        }
        check.ThrowIfInvalid();
        var version = await AgreementPeriod.LoadAsync(db, period, cancellationToken);
        version.SetBackgroundDocuments(request.Documents!.Select(d => (d.Title!.Trim(), d.Url.TrimmedOrNull())).ToList());
        audit.Record(actor, AuditEvent.AgreementBackgroundDocumentsSet, "AgreementVersion", version.Id, $"{request.Documents!.Count} documents");
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>A party's representative or the coordinator comments on a section of a draft.</summary>
public sealed class CommentOnSection(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(string? Body);

    public async Task<Guid> HandleAsync(Actor? actor, string period, int number, Request request, CancellationToken cancellationToken)
    {
        // A representative speaks only for their own organisation, and only when it is a party of this version.
        var version = AgreementPeriod.TryParse(period, out _, out _) ? await AgreementPeriod.LoadAsync(db, period, cancellationToken, withParties: true) : null;
        var party = version?.Parties.Any(p => p.OrganisationId == actor?.OrganisationId) == true ? actor!.OrganisationId : null;
        await access.RequireAsync(actor, StaffAction.CommentOnAgreementDraft, party, "AgreementVersion", period, cancellationToken);
        new InputCheck().Required("body", request.Body, SectionComment.MaxBody).ThrowIfInvalid();
        if (version is null) throw new NotFoundException(AgreementTextRules.VersionNotFound);
        var section = version.SectionNumbered(number);
        RuleCheck.That(version.Status == AgreementStatus.Draft, AgreementTextRules.CommentsOnlyOnDrafts);
        var comment = new SectionComment(Guid.CreateVersion7(), section.Id, actor!.UserId, actor.Name,
            actor.Role == StaffRole.Representative ? actor.OrganisationId : null, AgreementSectionInput.Clean(request.Body!), clock.GetUtcNow().UtcDateTime);
        db.SectionComments.Add(comment);
        audit.Record(actor, AuditEvent.AgreementCommentAdded, "AgreementVersion", version.Id, $"§ {number}");
        await db.SaveChangesAsync(cancellationToken);
        return comment.Id;
    }
}

/// <summary>Records that the leadership group processed the draft: at a governance meeting, or on a date with a note.</summary>
public sealed class RecordLeadershipProcessing(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(Guid? MeetingId, DateOnly? Date, string? Note);

    public async Task<Guid> HandleAsync(Actor? actor, string period, Request request, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, StaffAction.DraftAgreement, objectType: "AgreementVersion", objectId: period, cancellationToken: cancellationToken);
        new InputCheck()
            .That(request.MeetingId is not null || request.Date is not null, "date", "validation.required")
            .That(request.MeetingId is not null || !string.IsNullOrWhiteSpace(request.Note), "note", "validation.required")
            .Optional("note", request.Note, LeadershipProcessing.MaxNote)
            .ThrowIfInvalid();
        var version = await AgreementPeriod.LoadAsync(db, period, cancellationToken);
        var date = request.Date;
        if (request.MeetingId is { } meetingId)
        {
            var startsAt = await db.Meetings.Where(m => m.Id == meetingId).Select(m => (DateTime?)m.StartsAt).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException(AgreementTextRules.MeetingNotFound);
            date ??= HelsinkiTime.DateOf(startsAt);
        }
        var record = new LeadershipProcessing(Guid.CreateVersion7(), version.Id, request.MeetingId, date!.Value, request.Note?.Trim() ?? "",
            actor!.Name, clock.GetUtcNow().UtcDateTime);
        db.LeadershipProcessings.Add(record);
        audit.Record(actor, AuditEvent.AgreementProcessingRecorded, "AgreementVersion", version.Id, $"{date:yyyy-MM-dd}");
        await db.SaveChangesAsync(cancellationToken);
        return record.Id;
    }
}

/// <summary>Freezes a draft for the parties' decisions: the SHA-256 of its canonical text is fixed from here on.</summary>
public sealed class FreezeAgreementDraft(PerheverkkoDb db, AccessControl access, AuditLog audit, TimeProvider clock)
{
    /// <returns>The text hash.</returns>
    public async Task<string> HandleAsync(Actor? actor, string period, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, StaffAction.DraftAgreement, objectType: "AgreementVersion", objectId: period, cancellationToken: cancellationToken);
        var version = await AgreementPeriod.LoadAsync(db, period, cancellationToken);
        var hash = AgreementText.Sha256(AgreementText.Canonical(version.Sections));
        version.Freeze(hash, clock.GetUtcNow().UtcDateTime);
        audit.Record(actor, AuditEvent.AgreementFrozen, "AgreementVersion", version.Id, $"sha256 {hash}");
        await db.SaveChangesAsync(cancellationToken);
        return hash;
    }
}
