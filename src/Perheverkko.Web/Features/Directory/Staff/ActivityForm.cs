using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Features.Directory.Staff;

/// <summary>A schedule as the form has it: lists of dates typed as text, one or many.</summary>
public sealed class ScheduleForm
{
    public string? Starts { get; set; }
    public string? Ends { get; set; }
    public List<DayOfWeek> Days { get; set; } = [];
    public string? From { get; set; }
    public string? Until { get; set; }
    public string? Dates { get; set; }
    public string? Cancelled { get; set; }

    public ScheduleInput ToInput() => new(Starts, Ends, Days, From, Until, DirectoryInput.SplitList(Dates), DirectoryInput.SplitList(Cancelled));

    public static ScheduleForm Of(Schedule s) => new()
    {
        Starts = s.Starts.ToString("HH:mm"), Ends = s.Ends.ToString("HH:mm"), Days = s.Weekly?.Days.ToList() ?? [],
        From = s.Weekly?.From.ToString("yyyy-MM-dd"), Until = s.Weekly?.Until?.ToString("yyyy-MM-dd"),
        Dates = string.Join(", ", s.Dates.Select(d => d.ToString("yyyy-MM-dd"))),
        Cancelled = string.Join(", ", s.Cancelled.Select(d => d.ToString("yyyy-MM-dd"))),
    };
}

/// <summary>The activity form: the same request the API takes, in shapes a browser can post.</summary>
public sealed class ActivityForm
{
    public int? Version { get; set; }
    public Guid? OrganisationId { get; set; }
    public LocalizedTextInput Name { get; set; } = new(null, null, null);
    public LocalizedTextInput Description { get; set; } = new(null, null, null);
    public ActivityKind? Kind { get; set; }
    public Guid? MunicipalityId { get; set; }
    public Guid? MeetingPlaceId { get; set; }
    public string? RoomNote { get; set; }
    public List<Guid> CoOrganiserIds { get; set; } = [];
    public int? AgeMin { get; set; }
    public int? AgeMax { get; set; }
    public List<Audience> Audiences { get; set; } = [];
    public List<Topic> Topics { get; set; } = [];
    public string? Languages { get; set; }
    public ScheduleForm Schedule { get; set; } = new();
    public bool RegistrationRequired { get; set; }
    public string? RegistrationUrl { get; set; }
    public string? RegistrationContact { get; set; }
    public int? Capacity { get; set; }
    public Cost? Cost { get; set; }
    public string? FeeNote { get; set; }
    public string? Leaders { get; set; }
    public string? Insurance { get; set; }

    public ActivityRequest ToRequest() => new(Version, OrganisationId, Name, Description, Kind, MunicipalityId, MeetingPlaceId, RoomNote,
        CoOrganiserIds, AgeMin, AgeMax, Audiences, Topics, DirectoryInput.SplitList(Languages), Schedule.ToInput(), RegistrationRequired,
        RegistrationUrl, RegistrationContact, Capacity, Cost, FeeNote, Leaders, Insurance);

    public static ActivityForm From(ActivityStaffView v)
    {
        var a = v.Activity;
        return new ActivityForm
        {
            Version = v.Version, OrganisationId = a.Organisation.Id, Name = LocalizedTextInput.From(a.Name), Description = LocalizedTextInput.From(a.Description),
            Kind = a.Kind, MunicipalityId = a.Municipality.Id, MeetingPlaceId = a.MeetingPlace?.Id, RoomNote = a.RoomNote,
            CoOrganiserIds = a.CoOrganisers.Select(o => o.Id).ToList(), AgeMin = a.AgeMin, AgeMax = a.AgeMax, Audiences = a.Audiences.ToList(),
            Topics = a.Topics.ToList(), Languages = string.Join(", ", a.Languages), Schedule = ScheduleForm.Of(a.Schedule),
            RegistrationRequired = a.RegistrationRequired, RegistrationUrl = a.RegistrationUrl, RegistrationContact = a.RegistrationContact,
            Capacity = a.Capacity, Cost = a.Cost, FeeNote = a.FeeNote, Leaders = v.Leaders, Insurance = v.Insurance,
        };
    }
}
