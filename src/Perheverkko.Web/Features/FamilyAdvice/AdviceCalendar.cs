using Perheverkko.Web.Platform.Calendar;

namespace Perheverkko.Web.Features.FamilyAdvice;

/// <summary>
/// When a first answer is due: <see cref="AdviceSettings.FirstAnswerWorkingDays"/> Finnish working days after the day the
/// contact arrived (Helsinki date; weekends, public holidays and the region's own days off do not count; decision 0028).
/// </summary>
public static class AdviceCalendar
{
    public static FinnishWorkingDays WorkingDaysOf(AdviceSettings settings) =>
        settings.ExtraDaysOff.Length == 0 ? FinnishWorkingDays.Standard : new FinnishWorkingDays(settings.ExtraDaysOffList);

    public static DateOnly DueOn(AdviceSettings settings, DateTime receivedAtUtc) =>
        WorkingDaysOf(settings).AddWorkingDays(HelsinkiTime.DateOf(receivedAtUtc), settings.FirstAnswerWorkingDays);
}
