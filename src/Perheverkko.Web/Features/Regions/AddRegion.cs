using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Perheverkko.Web.Data;
using Perheverkko.Web.Features.FamilyAdvice;
using Perheverkko.Web.Features.Organisations;
using Perheverkko.Web.Platform.Access;
using Perheverkko.Web.Platform.Audit;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Regions;

/// <summary>
/// A national administrator adds a region (a wellbeing services county's network) with its municipalities, by their
/// official Statistics Finland codes. Its terms start as South Savo's unless given; its coordinator changes them later.
/// Adding cannot be undone (records and accounts come to belong to the region), so a page asks to confirm it first.
/// </summary>
public sealed partial class AddRegion(PerheverkkoDb db, AccessControl access, AuditLog audit, FamilyAdviceSeeder familyAdvice, TimeProvider clock)
{
    /// <param name="Slug">The region in addresses (<c>/r/{slug}/…</c>): lower-case letters, digits and hyphens.</param>
    /// <param name="Terms">Left out, or any term left out, is South Savo's (<see cref="RegionTerms.SouthSavo"/>).</param>
    public sealed record Request(string? Slug, LocalizedTextInput? Name, RegionTermsInput? Terms = null, IReadOnlyList<MunicipalityInput>? Municipalities = null);

    /// <param name="Code">Statistics Finland's three-digit municipality code (for example 491 Mikkeli).</param>
    /// <param name="Name">The municipality's name in Finnish and, where it has one, Swedish.</param>
    public sealed record MunicipalityInput(string? Code, LocalizedTextInput? Name);

    /// <summary>What adding would make: checked, not yet saved.</summary>
    public sealed record Plan(Region Region, IReadOnlyList<Municipality> Municipalities);

    public async Task<Guid> HandleAsync(Actor? actor, Request request, CancellationToken cancellationToken)
    {
        var plan = await CheckAsync(actor, request, cancellationToken);
        db.Regions.Add(plan.Region);
        db.Municipalities.AddRange(plan.Municipalities);
        // Perheneuvo's defaults (topics, response time, retention) come with the region; its phone and teams are the region's to set.
        await familyAdvice.SeedRegionAsync(plan.Region.Id, cancellationToken);
        audit.Record(actor, AuditEvent.RegionAdded, "Region", plan.Region.Id,
            $"{plan.Region.Slug}: {plan.Region.Name.Fi}; municipalities " + string.Join(", ", plan.Municipalities.Select(m => $"{m.Code} {m.Name.Fi}")));
        await db.SaveChangesAsync(cancellationToken);
        return plan.Region.Id;
    }

    /// <summary>Checks everything adding would check and saves nothing: the page's step before the confirmation.</summary>
    public async Task<Plan> CheckAsync(Actor? actor, Request request, CancellationToken cancellationToken)
    {
        // No object yet: the rule (national administrators only) decides; a regional account is refused, not sent to a 404.
        actor = await access.RequireAsync(actor, StaffAction.ManageRegions, on: null, cancellationToken);
        var check = new InputCheck()
            .Required("slug", request.Slug, 80)
            .That(request.Slug is null || SlugShape().IsMatch(request.Slug.Trim()), "slug", "validation.slug")
            .That(request.Name is not null, "name.fi", "validation.required");
        request.Name?.Check(check, "name");
        request.Terms?.Check(check, "terms.");
        var municipalities = request.Municipalities ?? [];
        // A wellbeing county is its municipalities: a region without one would have nothing for families to find.
        check.That(municipalities.Count > 0, "municipalities", "validation.required");
        foreach (var m in municipalities)
        {
            check.That(m.Code is not null && CodeShape().IsMatch(m.Code.Trim()), "municipalities", "validation.municipality_code", m.Code ?? "");
            check.That(!string.IsNullOrWhiteSpace(m.Name?.Fi), "municipalities", "validation.municipality_name", m.Code ?? "");
            check.That((m.Name?.Fi?.Trim().Length ?? 0) <= LocalizedText.MaxLength && (m.Name?.Sv?.Trim().Length ?? 0) <= LocalizedText.MaxLength,
                "municipalities", "validation.max_length", LocalizedText.MaxLength);
        }
        check.ThrowIfInvalid();

        var terms = (request.Terms ?? new RegionTermsInput(null, null, null, null, null, null, null, null, null)).Over(RegionTerms.SouthSavo);
        terms.Check();
        var slug = request.Slug!.Trim();
        RuleCheck.That(!await db.Regions.AnyAsync(r => r.Slug == slug, cancellationToken), RegionRules.SlugTaken);
        var codes = municipalities.Select(m => m.Code!.Trim()).ToList();
        RuleCheck.That(codes.Distinct().Count() == codes.Count && !await db.Municipalities.AnyAsync(m => codes.Contains(m.Code), cancellationToken),
            RegionRules.MunicipalityCodeTaken);

        var now = clock.GetUtcNow().UtcDateTime;
        var region = new Region(Guid.CreateVersion7(), slug, request.Name!.ToText(), terms, now);
        var wanted = municipalities.Select(m => Slugify(m.Name!.Fi!)).ToList();
        var taken = (await db.Municipalities.Where(m => wanted.Contains(m.Slug)).Select(m => m.Slug).ToListAsync(cancellationToken)).ToHashSet();
        var rows = new List<Municipality>();
        foreach (var (m, index) in municipalities.Select((m, i) => (m, i)))
        {
            var code = m.Code!.Trim();
            // Municipality addresses are unique across the deployment: a name another region has too takes its code.
            var municipalitySlug = wanted[index] is { Length: > 0 } s && taken.Add(s) ? s : $"{(wanted[index].Length > 0 ? wanted[index] + "-" : "")}{code}";
            var fi = m.Name!.Fi!.Trim();
            var sv = m.Name.Sv.TrimmedOrNull();
            rows.Add(new Municipality(Guid.CreateVersion7(), municipalitySlug, code, new LocalizedText(fi, sv ?? fi, fi), region.Id));
        }
        return new Plan(region, rows);
    }

    /// <summary>
    /// The command line's and the form's way of listing municipalities: <c>990:Kuvitteela:Fiktiva</c> (code, Finnish
    /// name, optional Swedish name), separated by commas or lines.
    /// </summary>
    public static IReadOnlyList<MunicipalityInput> ParseMunicipalities(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var list = new List<MunicipalityInput>();
        foreach (var entry in text.Split([',', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = entry.Split(':', StringSplitOptions.TrimEntries);
            if (parts.Length is < 2 or > 3) throw InputInvalid.For("municipalities", "validation.municipality_entry", entry);
            list.Add(new MunicipalityInput(parts[0], new LocalizedTextInput(parts[1], parts.Length == 3 ? parts[2] : null, null)));
        }
        return list;
    }

    /// <summary>"Pieksämäki" → "pieksamaki": the municipality in directory addresses.</summary>
    public static string Slugify(string name)
    {
        var decomposed = name.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var letters = new StringBuilder();
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            letters.Append(c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '-');
        }
        return string.Join('-', letters.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugShape();

    [GeneratedRegex("^[0-9]{3}$")]
    private static partial Regex CodeShape();
}
