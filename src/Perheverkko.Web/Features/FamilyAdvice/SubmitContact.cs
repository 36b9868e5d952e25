using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Notifications;
using Perheverkko.Web.Platform.Protection;
using Perheverkko.Web.Platform.Rules;
using Perheverkko.Web.Platform.Tenancy;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.FamilyAdvice;

/// <summary>
/// A family sends a question on the public form (issue 15, item 1). It goes to the queue of its municipality's team, or
/// to the regional queue when the family did not know the municipality or it has no team. Everything the family wrote
/// is sealed before it reaches the database; the receipt mail (when they gave an address) is sealed in the outbox; the
/// staff notice carries only a link. The contact, the audit row and the mails are one SaveChanges: a receipt is shown
/// only for a stored contact. A filled honeypot gets a receipt of the same shape and nothing is stored or mailed.
/// </summary>
public sealed class SubmitContact(PerheverkkoDb db, Outbox outbox, AuditLog audit, ContentProtector protector, RegionAddressQueries regions,
    Texts texts, PublicAddress links, TimeProvider clock)
{
    public const int PhoneMaxLength = 40;
    public const int CallWindowMaxLength = 200;

    /// <param name="MunicipalityId">Null: "I don't know".</param>
    /// <param name="Language">The language of the form the family used: mails to them go in it.</param>
    /// <param name="Website">The honeypot.</param>
    public sealed record Request(Guid? MunicipalityId, Guid? TopicId, string? Question, AnswerBy? AnswerBy, string? Name, string? Email,
        string? Phone, string? CallWindow, string? Language, string? Website = null);

    /// <summary>What the receipt page shows. <see cref="Secret"/> is the only copy of the answer page's key.</summary>
    public sealed record Receipt(Guid ContactId, string Reference, string Secret, DateOnly DueOn, int WorkingDays, AnswerBy AnswerBy,
        bool Emailed, int RetentionMonths);

    public async Task<Receipt> HandleAsync(string? regionSlug, Request request, CancellationToken cancellationToken)
    {
        var region = await regions.BySlugAsync(regionSlug, cancellationToken);
        var check = new InputCheck()
            .Required("question", request.Question, FamilyContact.QuestionMaxLength)
            .Optional("name", request.Name, FamilyContact.NameMaxLength)
            .Optional("phone", request.Phone, PhoneMaxLength)
            .Optional("callWindow", request.CallWindow, CallWindowMaxLength)
            .Defined("answerBy", request.AnswerBy)
            .That(request.TopicId is not null, "topicId", "validation.required");
        if (!string.IsNullOrWhiteSpace(request.Email)) check.Email("email", request.Email);
        if (!string.IsNullOrWhiteSpace(request.Phone))
            check.That(request.Phone.Trim().All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')') && request.Phone.Count(char.IsAsciiDigit) >= 5,
                "phone", "advice.public.form.phone_invalid");
        check.ThrowIfInvalid();

        if (request.MunicipalityId is { } municipalityId)
            RuleCheck.That(await db.Municipalities.AnyAsync(m => m.Id == municipalityId && m.RegionId == region.Id, cancellationToken),
                FamilyAdviceRules.MunicipalityNotFound);
        RuleCheck.That(await db.AdviceTopics.AcrossRegions().AnyAsync(t => t.Id == request.TopicId && t.RegionId == region.Id && t.IsActive, cancellationToken),
            FamilyAdviceRules.TopicNotFound);
        var answerBy = request.AnswerBy!.Value;
        var email = Clean(request.Email);
        var phone = Clean(request.Phone);
        var callWindow = Clean(request.CallWindow);
        RuleCheck.That(answerBy != AnswerBy.Email || email is not null, FamilyAdviceRules.EmailNeeded);
        RuleCheck.That(answerBy != AnswerBy.PhoneCall || (phone is not null && callWindow is not null), FamilyAdviceRules.PhoneNeeded);

        var now = clock.GetUtcNow().UtcDateTime;
        var settings = await db.AdviceSettingsOfAsync(region.Id, cancellationToken);
        var dueOn = AdviceCalendar.DueOn(settings, now);
        var (secret, hash) = AnswerSecrets.New();
        // A robot that filled the honeypot is answered in the same shape; nothing is stored or mailed.
        if (!string.IsNullOrWhiteSpace(request.Website))
            return new Receipt(Guid.Empty, AnswerSecrets.NewReference(), secret, dueOn, settings.FirstAnswerWorkingDays, answerBy, email is not null,
                settings.RetentionMonths);

        var teamId = request.MunicipalityId is { } chosen
            ? await db.AdviceTeams.AcrossRegions().Where(t => t.MunicipalityId == chosen && t.RegionId == region.Id).Select(t => (Guid?)t.Id)
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        var reference = AnswerSecrets.NewReference();
        // 31^8 codes: a clash is rare, but the code must be unique within the region (the unique index says so too).
        for (var tries = 0; tries < 5 && await db.FamilyContacts.AcrossRegions().AnyAsync(c => c.RegionId == region.Id && c.Reference == reference, cancellationToken); tries++)
            reference = AnswerSecrets.NewReference();
        var language = Texts.Known(request.Language);
        var details = new SealedContactDetails(protector.Seal(Clean(request.Name)), protector.Seal(email), protector.Seal(phone),
            protector.Seal(answerBy == AnswerBy.PhoneCall ? callWindow : null));
        var contact = new FamilyContact(Guid.CreateVersion7(), region.Id, reference, ContactChannel.Electronic, request.MunicipalityId,
            request.TopicId!.Value, answerBy, language, details, teamId, dueOn, now);
        contact.Open(protector.Seal(request.Question!.Trim())!, now);
        contact.IssueAnswerLink(hash, now);
        db.FamilyContacts.Add(contact);
        audit.Record(null, AuditEvent.FamilyContactReceived, FamilyAdviceRelationships.ContactType, contact.Id, regionId: region.Id);

        if (email is not null)
        {
            var link = links.Absolute(AnswerPath(region, secret));
            var body = string.Join("\n",
                texts.In(language, "advice.public.mail.receipt.lead"), "",
                texts.In(language, "advice.public.mail.receipt.reference", reference), "",
                texts.In(language, "advice.public.mail.receipt.link"), link, "",
                texts.In(language, "advice.public.mail.receipt.due", settings.FirstAnswerWorkingDays, dueOn.ToString("d.M.yyyy")), "",
                texts.In(language, "advice.public.mail.receipt.keep", settings.RetentionMonths), "",
                texts.In(language, "advice.public.mail.receipt.emergency"));
            outbox.EnqueueSealed(new EmailMessage([email], texts.In(language, "advice.public.mail.receipt.subject", reference), body), region.Id);
        }
        await PublicAdviceMail.NotifyStaffAsync(db, outbox, texts, links, contact, wroteAgain: false, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new Receipt(contact.Id, reference, secret, dueOn, settings.FirstAnswerWorkingDays, answerBy, email is not null, settings.RetentionMonths);
    }

    /// <summary>The answer page's address in the region's own addresses.</summary>
    public static string AnswerPath(RegionAddress region, string secret) => $"{region.Prefix}/perheneuvo/vastaus/{secret}";

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
