using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Protection;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.FamilyAdvice;

/// <summary>
/// A contact that came by phone or at a meeting place, recorded by the staff member who took it, so the whole channel is
/// in one queue and measured (issue #15 item 3). It is routed as the form routes: to the municipality's team, or with no
/// municipality (or one with no team) to the regional queue. A name and number for a call back are optional and sealed.
/// </summary>
public sealed class RecordContact(PerheverkkoDb db, AccessControl access, AuditLog audit, ContentProtector protector, TimeProvider clock)
{
    public const int SummaryMaxLength = FamilyContact.QuestionMaxLength;
    public const int PhoneMaxLength = 40;
    public const int CallWindowMaxLength = 200;

    public sealed record Request(ContactChannel? Channel, Guid? MunicipalityId, Guid? TopicId, string? Summary, string? Name = null,
        string? Phone = null, bool? CallBack = null, string? CallWindow = null);

    public async Task<Guid> HandleAsync(Actor? actor, Request request, CancellationToken cancellationToken)
    {
        var allowed = await access.RequireAsync(actor, StaffAction.ViewAdviceQueue, FamilyAdviceRelationships.QueueOf(actor?.RegionId ?? Guid.Empty), cancellationToken);
        var regionId = allowed.RegionId ?? Guid.Empty;
        new InputCheck().Defined("channel", request.Channel)
            .That(request.Channel is null or ContactChannel.Phone or ContactChannel.MeetingPlace, "channel", "validation.choice")
            .That(request.TopicId is not null, "topicId", "validation.required")
            .Required("summary", request.Summary, SummaryMaxLength)
            .Optional("name", request.Name, FamilyContact.NameMaxLength)
            .Optional("phone", request.Phone, PhoneMaxLength)
            .Optional("callWindow", request.CallWindow, CallWindowMaxLength).ThrowIfInvalid();
        RuleCheck.That(await db.AdviceTopics.AnyAsync(t => t.Id == request.TopicId && t.RegionId == regionId && t.IsActive, cancellationToken),
            FamilyAdviceRules.TopicNotFound);
        Guid? teamId = null;
        if (request.MunicipalityId is { } municipalityId)
        {
            RuleCheck.That(await db.Municipalities.AnyAsync(m => m.Id == municipalityId && m.RegionId == regionId, cancellationToken),
                FamilyAdviceRules.MunicipalityNotFound);
            teamId = await db.AdviceTeams.Where(t => t.MunicipalityId == municipalityId).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken);
        }
        var callBack = request.CallBack == true;
        RuleCheck.That(!callBack || !string.IsNullOrWhiteSpace(request.Phone), FamilyAdviceRules.PhoneNeeded);
        var settings = await db.AdviceSettingsOfAsync(regionId, cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        var details = new SealedContactDetails(Seal(request.Name), null, Seal(request.Phone), Seal(request.CallWindow));
        var contact = new FamilyContact(Guid.CreateVersion7(), regionId, AnswerSecrets.NewReference(), request.Channel!.Value, request.MunicipalityId,
            request.TopicId!.Value, callBack ? AnswerBy.PhoneCall : AnswerBy.AnswerPage, Platform.Localization.Texts.CurrentLanguage, details, teamId,
            AdviceCalendar.DueOn(settings, now), now, allowed.UserId);
        contact.Open(protector.Seal(request.Summary!.Trim())!, now);
        db.FamilyContacts.Add(contact);
        audit.Record(allowed, AuditEvent.FamilyContactRecorded, FamilyAdviceRelationships.ContactType, contact.Id,
            $"{contact.Channel}, {(teamId is null ? "regional queue" : $"team {teamId}")}", regionId);
        await db.SaveChangesAsync(cancellationToken);
        return contact.Id;
    }

    private string? Seal(string? text) => string.IsNullOrWhiteSpace(text) ? null : protector.Seal(text.Trim());
}
