using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Perheverkko.Web.Platform.Data;
using Perheverkko.Web.Platform.Web;

namespace Perheverkko.Web.Features.FamilyAdvice.Staff;

/// <summary>The region's Perheneuvo: settings, the topic list and the municipality teams (coordinator, admin).</summary>
public sealed class SettingsModel(FamilyAdviceQueries queries, ChangeAdviceSettings changeSettings, SaveAdviceTopics saveTopics,
    AddTeamMember addMember, RemoveTeamMember removeMember) : PerheverkkoPage
{
    public sealed class SettingsInput
    {
        public int? Version { get; set; }
        public string? Phone { get; set; }
        public LocalizedTextInput PhoneHours { get; set; } = new(null, null, null);
        public LocalizedTextInput UrgentNumbers { get; set; } = new(null, null, null);
        public int? FirstAnswerWorkingDays { get; set; }
        public int? RetentionMonths { get; set; }
        /// <summary>ISO dates separated by commas or spaces.</summary>
        public string? ExtraDaysOff { get; set; }
        public Guid? DataControllerId { get; set; }
    }

    public sealed class TopicRow
    {
        public Guid? Id { get; set; }
        public string? Fi { get; set; }
        public string? Sv { get; set; }
        public string? En { get; set; }
        public bool Active { get; set; } = true;
    }

    public sealed class MemberInput { public Guid? MunicipalityId { get; set; } public Guid? UserId { get; set; } }

    [BindProperty] public SettingsInput Input { get; set; } = new();
    [BindProperty] public List<TopicRow> Topics { get; set; } = [];
    [BindProperty] public MemberInput Member { get; set; } = new();
    public AdviceSettingsView View { get; private set; } = null!;
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Fill();
    }

    public async Task<IActionResult> OnPostSettingsAsync(CancellationToken cancellationToken)
    {
        var days = new List<DateOnly>();
        foreach (var part in (Input.ExtraDaysOff ?? "").Split([',', ' ', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (DateOnly.TryParseExact(part, ["yyyy-MM-dd", "d.M.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) days.Add(day);
            else ModelState.AddModelError("Input.ExtraDaysOff", T["advice.staff.settings.days_off_invalid", part]);
        }
        if (ModelState.ErrorCount == 0 && await TryAsync(() => changeSettings.HandleAsync(Actor, new ChangeAdviceSettings.Request(Input.Version, Input.Phone,
                Input.PhoneHours, Input.UrgentNumbers, Input.FirstAnswerWorkingDays, Input.RetentionMonths, days, Input.DataControllerId), cancellationToken)))
            return Redirect("/staff/perheneuvo/asetukset?done=settings");
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostTopicsAsync(CancellationToken cancellationToken)
    {
        var rows = Topics.Where(t => t.Id is not null || !string.IsNullOrWhiteSpace(t.Fi)).ToList();
        if (await TryAsync(() => saveTopics.HandleAsync(Actor, new SaveAdviceTopics.Request(
                rows.Select(t => new SaveAdviceTopics.TopicInput(t.Id, new LocalizedTextInput(t.Fi, t.Sv, t.En), t.Active)).ToList()), cancellationToken), "Topics"))
            return Redirect("/staff/perheneuvo/asetukset?done=topics#topics");
        await LoadAsync(cancellationToken);
        FillSettings();
        return Page();
    }

    public async Task<IActionResult> OnPostAddMemberAsync(CancellationToken cancellationToken)
    {
        if (await TryAsync(() => addMember.HandleAsync(Actor, new AddTeamMember.Request(Member.MunicipalityId, Member.UserId), cancellationToken), "Member"))
            return Redirect("/staff/perheneuvo/asetukset?done=team#teams");
        await LoadAsync(cancellationToken);
        Fill();
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveMemberAsync(CancellationToken cancellationToken)
    {
        if (await TryAsync(() => removeMember.HandleAsync(Actor, new RemoveTeamMember.Request(Member.MunicipalityId, Member.UserId), cancellationToken), "Member"))
            return Redirect("/staff/perheneuvo/asetukset?done=team#teams");
        await LoadAsync(cancellationToken);
        Fill();
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) => View = await queries.SettingsAsync(Actor, cancellationToken);

    private void Fill()
    {
        FillSettings();
        Topics = View.Topics.Select(t => new TopicRow { Id = t.Id, Fi = t.Name.Fi, Sv = t.Name.Sv, En = t.Name.En, Active = t.Active }).ToList();
        Topics.Add(new TopicRow());
    }

    private void FillSettings() => Input = new SettingsInput
    {
        Version = View.Version, Phone = View.Phone, PhoneHours = LocalizedTextInput.From(View.PhoneHours),
        UrgentNumbers = LocalizedTextInput.From(View.UrgentNumbers), FirstAnswerWorkingDays = View.FirstAnswerWorkingDays,
        RetentionMonths = View.RetentionMonths, ExtraDaysOff = string.Join(", ", View.ExtraDaysOff.Select(d => d.ToString("yyyy-MM-dd"))),
        DataControllerId = View.DataControllerId,
    };
}
