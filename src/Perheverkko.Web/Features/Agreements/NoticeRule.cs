namespace Perheverkko.Web.Features.Agreements;

/// <summary>001 §21: notice by the end of June ends the agreement at the end of that calendar year; later notice, at the end of the next.</summary>
public static class NoticeRule
{
    /// <param name="noticeDay">The Helsinki date the notice was given.</param>
    /// <returns>The party's last day.</returns>
    public static DateOnly EndDate(DateOnly noticeDay) =>
        new(noticeDay.Month <= 6 ? noticeDay.Year : noticeDay.Year + 1, 12, 31);
}
