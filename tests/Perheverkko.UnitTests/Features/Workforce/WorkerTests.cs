using Perheverkko.Web.Features.Workforce;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.UnitTests.Features.Workforce;

/// <summary>The check as the law allows it: the six-month rule at its boundaries, dates, volunteers' consent.</summary>
public sealed class WorkerTests
{
    private static readonly DateTime Now = new(2027, 3, 10, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now);

    private static Worker Employee() => new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Aino Esimerkki", null, WorkerKind.Employee, Now);
    private static Worker Volunteer() => new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Ville Vapaaehtoinen", null, WorkerKind.Volunteer, Now);

    private static string Code(Action act) => Assert.ThrowsAny<DomainRuleViolation>(act).Rule.Code;

    [Theory]
    // Same day-of-month six months later: accepted; the next day: refused.
    [InlineData("2026-09-10", "2027-03-10", true)]
    [InlineData("2026-09-09", "2027-03-10", false)]
    [InlineData("2026-09-10", "2026-09-10", true)]
    // Month ends clamp: an extract of 31 August is good until the last day of February.
    [InlineData("2026-08-31", "2027-02-28", true)]
    [InlineData("2026-08-31", "2027-03-01", false)]
    [InlineData("2027-08-31", "2028-02-29", true)]
    [InlineData("2026-12-31", "2027-06-30", true)]
    [InlineData("2026-12-31", "2027-07-01", false)]
    public void An_extract_is_fresh_until_the_same_day_of_the_month_six_months_later(string extract, string shown, bool fresh) =>
        Assert.Equal(fresh, Worker.IsExtractFresh(DateOnly.Parse(extract), DateOnly.Parse(shown)));

    [Fact]
    public void A_check_shown_on_the_last_good_day_is_recorded_and_the_next_day_is_refused_as_too_old()
    {
        var worker = Employee();
        worker.RecordCheck(1, new DateOnly(2026, 9, 10), Today, consent: false, volunteerCheckRequired: false, Today, Now);
        Assert.Equal(new DateOnly(2026, 9, 10), worker.CheckExtractDate);
        Assert.Equal(Today, worker.CheckShownOn);
        Assert.Equal("workforce.extract_too_old",
            Code(() => Employee().RecordCheck(1, new DateOnly(2026, 9, 9), Today, false, false, Today, Now)));
    }

    [Fact]
    public void An_extract_dated_after_it_was_shown_or_a_shown_day_in_the_future_is_refused()
    {
        Assert.Equal("workforce.extract_after_shown", Code(() => Employee().RecordCheck(1, Today, Today.AddDays(-1), false, false, Today, Now)));
        Assert.Equal("workforce.date_in_future", Code(() => Employee().RecordCheck(1, Today, Today.AddDays(1), false, false, Today, Now)));
    }

    [Fact]
    public void A_volunteers_check_needs_the_organisations_guideline_and_the_volunteers_consent()
    {
        Assert.Equal("workforce.volunteer_check_not_required", Code(() => Volunteer().RecordCheck(1, Today, Today, true, false, Today, Now)));
        Assert.Equal("workforce.consent_required", Code(() => Volunteer().RecordCheck(1, Today, Today, false, true, Today, Now)));
        var volunteer = Volunteer();
        volunteer.RecordCheck(1, Today, Today, true, true, Today, Now);
        Assert.True(volunteer.CheckConsentGiven);
    }

    [Fact]
    public void Leaving_deletes_the_check_fact_at_once_and_a_stale_version_is_refused()
    {
        var worker = Employee();
        worker.RecordCheck(1, Today, Today, false, false, Today, Now);
        Assert.Equal("workforce.stale", Code(() => worker.Leave(1, Today, Now)));
        worker.Leave(2, Today, Now);
        Assert.Null(worker.CheckShownOn);
        Assert.Null(worker.CheckExtractDate);
        Assert.Equal("workforce.worker_left", Code(() => worker.Rename(3, "X", null, Now)));
    }

    [Fact]
    public void An_employee_in_a_task_without_guardians_needs_a_current_check_and_one_with_parents_present_does_not()
    {
        var settings = WorkforceSettings.Defaults(Guid.NewGuid(), Guid.NewGuid());
        settings.Change(0, recheckMonths: 12, volunteerCheckRequired: false, reminderDays: 30, retentionMonths: 12, Now);
        var worker = Employee();
        Assert.Empty(WorkforceRequirements.Judge(worker, childrenWithoutGuardian: false, settings, null, Today).Unmet);
        Assert.Equal([Requirement.CheckShown], WorkforceRequirements.Judge(worker, true, settings, null, Today).Unmet);
        worker.RecordCheck(1, Today, Today, false, false, Today, Now);
        var standing = WorkforceRequirements.Judge(worker, true, settings, null, Today);
        Assert.Empty(standing.Unmet);
        Assert.Equal(new Lapse(Requirement.CheckCurrent, Today.AddMonths(12)), Assert.Single(standing.Lapses));
        Assert.Equal([Requirement.CheckCurrent], WorkforceRequirements.Judge(worker, true, settings, null, Today.AddMonths(12)).Unmet);
    }

    [Fact]
    public void A_volunteer_is_briefed_supported_and_insured_and_the_activity_lapses_soon_before_the_policy_ends()
    {
        var organisation = Guid.NewGuid();
        var settings = WorkforceSettings.Defaults(Guid.NewGuid(), organisation);
        var volunteer = new Worker(Guid.NewGuid(), settings.RegionId, organisation, "Ville Vapaaehtoinen", null, WorkerKind.Volunteer, Now);
        var employee = new Worker(Guid.NewGuid(), settings.RegionId, organisation, "Aino Esimerkki", null, WorkerKind.Employee, Now);
        var policy = new InsurancePolicy(Guid.NewGuid(), settings.RegionId, organisation, "Vakuutusyhtiö Esimerkki", "VP-1", Today.AddDays(20), Now);
        Assert.Equal([Requirement.Briefed, Requirement.SupportPerson, Requirement.Insured],
            WorkforceRequirements.Judge(volunteer, false, settings, null, Today).Unmet);
        volunteer.RecordBriefing(1, Today, "Aino Esimerkki", Today, Now);
        volunteer.SetSupport(2, employee, policy, Now);
        var task = WorkforceRequirements.Judge(volunteer, false, settings, policy, Today);
        Assert.Empty(task.Unmet);
        Assert.Equal(Standing.LapsesSoon, WorkforceRequirements.Judge(Guid.NewGuid(), true, [task], settings.ReminderDays, Today).Standing);
        Assert.Equal(Standing.Holds, WorkforceRequirements.Judge(Guid.NewGuid(), true, [task], 10, Today).Standing);
        Assert.Equal(Standing.Lapsed, WorkforceRequirements.Judge(Guid.NewGuid(), false, [task], 10, Today).Standing);
        var after = WorkforceRequirements.Judge(volunteer, false, settings, policy, Today.AddDays(21));
        Assert.Equal([Requirement.Insured], after.Unmet);
        Assert.Equal("workforce.support_person_invalid", Code(() => volunteer.SetSupport(3, volunteer, policy, Now)));
        Assert.Equal("workforce.not_volunteer", Code(() => employee.RecordBriefing(1, Today, "X", Today, Now)));
    }

    [Fact]
    public void An_organisations_guideline_keeps_its_limits()
    {
        var settings = WorkforceSettings.Defaults(Guid.NewGuid(), Guid.NewGuid());
        Assert.Equal("workforce.recheck_invalid", Code(() => settings.Change(0, 0, false, 30, 12, Now)));
        Assert.Equal("workforce.reminder_days_invalid", Code(() => settings.Change(0, null, false, 0, 12, Now)));
        Assert.Equal("workforce.retention_invalid", Code(() => settings.Change(0, null, false, 30, 61, Now)));
        settings.Change(0, 24, true, 14, 6, Now);
        Assert.Equal("workforce.settings_stale", Code(() => settings.Change(0, 24, true, 14, 6, Now)));
    }
}
