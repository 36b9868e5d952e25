using Perheverkko.Web.Platform.Calendar;

namespace Perheverkko.Web.Features.FamilyAdvice;

/// <summary>When a first answer is due: <see cref="AdviceSettings.FirstAnswerWorkingDays"/> Finnish working days after the contact arrived (Helsinki date).</summary>
public static class AdviceCalendar
{
    public static DateOnly DueOn(AdviceSettings settings, DateTime receivedAtUtc)
    {
        var received = HelsinkiTime.DateOf(receivedAtUtc);
        // TODO(merge): FinnishWorkingDays (Platform/Calendar) with settings.ExtraDaysOffList; weekends only until it lands.
        var day = received;
        for (var left = settings.FirstAnswerWorkingDays; left > 0;)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) left--;
        }
        return day;
    }

}
