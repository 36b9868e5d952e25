using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.FamilyAdvice;

/// <summary>
/// The region's topic list in one step: the topics in their new order, renamed, retired or added (an entry with no id).
/// A topic is never deleted: a retired one leaves the form and stays for the contacts and statistics that name it.
/// Topics left out of the list keep their names and come after the listed ones.
/// </summary>
public sealed class SaveAdviceTopics(PerheverkkoDb db, AccessControl access, AuditLog audit)
{
    public sealed record TopicInput(Guid? Id, LocalizedTextInput? Name, bool? Active);
    public sealed record Request(IReadOnlyList<TopicInput>? Topics);

    public async Task HandleAsync(Actor? actor, Request request, CancellationToken cancellationToken)
    {
        var allowed = await access.RequireAsync(actor, StaffAction.ManageFamilyAdvice, FamilyAdviceRelationships.QueueOf(actor?.RegionId ?? Guid.Empty), cancellationToken);
        // A national account belongs to no region: its topics would belong to none (found by the hostile-input sweep, issue #12 item 8).
        RuleCheck.That(allowed.RegionId is not null, Organisations.OrganisationRules.RegionRequired);
        var regionId = allowed.RegionId!.Value;
        var check = new InputCheck().That(request.Topics is { Count: > 0 and <= 100 }, "topics", "validation.required");
        for (var i = 0; i < (request.Topics?.Count ?? 0); i++)
        {
            var topic = request.Topics![i];
            if (topic?.Name is null) check.That(false, $"topics[{i}].name.fi", "validation.required");
            else topic.Name.Check(check, $"topics[{i}].name");
        }
        check.ThrowIfInvalid();
        var existing = await db.AdviceTopics.Where(t => t.RegionId == regionId).ToListAsync(cancellationToken);
        var byId = existing.ToDictionary(t => t.Id);
        RuleCheck.That(request.Topics!.All(t => t.Id is null || byId.ContainsKey(t.Id.Value)), FamilyAdviceRules.TopicNotFound);
        var order = 0;
        var added = 0;
        foreach (var input in request.Topics!)
        {
            if (input.Id is { } id) byId[id].Change(input.Name!.ToText(), order++, input.Active ?? true);
            else
            {
                db.AdviceTopics.Add(new AdviceTopic(Guid.CreateVersion7(), regionId, input.Name!.ToText(), order++));
                added++;
            }
        }
        var listed = request.Topics!.Where(t => t.Id is not null).Select(t => t.Id!.Value).ToHashSet();
        foreach (var rest in existing.Where(t => !listed.Contains(t.Id)).OrderBy(t => t.Order))
            rest.Change(rest.Name, order++, rest.IsActive);
        audit.Record(allowed, AuditEvent.AdviceTopicsChanged, nameof(AdviceTopic), regionId,
            $"{request.Topics!.Count} listed, {added} added, {request.Topics!.Count(t => t.Active == false)} retired", regionId);
        await db.SaveChangesAsync(cancellationToken);
    }
}
