using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Agreements;

public enum SigningRule
{
    /// <summary>One office-holder signs for the party.</summary>
    Single,
    /// <summary>Two sign together (kaksi yhdessä), as the party's own rules may require.</summary>
    Joint,
}

public enum PartyEnd
{
    /// <summary>Notice under 001 §21.</summary>
    Notice,
    /// <summary>Recorded by the coordinator: the organisation ceased, merged, or did not join in time.</summary>
    Leaving,
    /// <summary>The version itself ended (its period is over, or the next version replaced it).</summary>
    VersionEnded,
}

/// <summary>An organisation as a party to one agreement version (sopijaosapuoli).</summary>
public sealed class Party
{
    private Party() { }
    public Party(Guid id, Guid agreementVersionId, Guid organisationId, string listedName, int position)
    { Id = id; AgreementVersionId = agreementVersionId; OrganisationId = organisationId; ListedName = listedName; Position = position; }

    public Guid Id { get; private set; }
    public Guid AgreementVersionId { get; private set; }
    public Guid OrganisationId { get; private set; }
    /// <summary>The party's name exactly as the agreement text lists it.</summary>
    public string ListedName { get; private set; } = "";
    /// <summary>Order in the agreement's list (§3).</summary>
    public int Position { get; private set; }

    // ---- Membership over time and signing (Features/Agreements/Signing/) ----

    /// <summary>One signatory, or two who sign together (the party's own rules on who signs for it).</summary>
    public SigningRule SigningRule { get; private set; } = SigningRule.Single;
    public List<PartySignatory> Signatories { get; private set; } = [];
    /// <summary>The first day as a party: the day the version entered into force, or for an accession the day its signing rule was met.</summary>
    public DateOnly? JoinedOn { get; private set; }
    /// <summary>The last day as a party: from a notice (001 §21) or a recorded leaving.</summary>
    public DateOnly? EndsOn { get; private set; }
    public PartyEnd? EndReason { get; private set; }
    /// <summary>The Helsinki date the notice was given; the end date follows from it.</summary>
    public DateOnly? NoticeGivenOn { get; private set; }
    public string? NoticeGivenBy { get; private set; }
    public DateTime? NoticeWithdrawnAt { get; private set; }

    /// <summary>The one answer to "is this organisation a party to this version on that day".</summary>
    public bool IsPartyOn(DateOnly day) => JoinedOn is { } joined && joined <= day && (EndsOn is not { } ends || day <= ends);

    public bool HasActiveNotice => EndReason == PartyEnd.Notice;

    public void NameSignatories(SigningRule rule, IReadOnlyList<PartySignatory> signatories, bool anySigned)
    {
        RuleCheck.That(!anySigned, SigningRules.SignatoriesFixed);
        RuleCheck.That(signatories.Count == (rule == SigningRule.Joint ? 2 : 1), SigningRules.SignatoryCount);
        RuleCheck.That(signatories.Select(s => s.StaffUserId).Distinct().Count() == signatories.Count, SigningRules.SignatoryTwice);
        SigningRule = rule;
        Signatories.Clear();
        Signatories.AddRange(signatories);
    }

    public void Join(DateOnly day) => JoinedOn ??= day;

    /// <summary>
    /// Notice under 001 §21; the end date comes from the region's <paramref name="terms"/> in force today and is kept, so a
    /// later change of the terms never moves it. It is never after the version's <paramref name="versionLastDay"/>: a notice
    /// in the period's last year after the deadline ends with the period, not a year after it (issue #13 item 7).
    /// </summary>
    public void GiveNotice(DateOnly today, RegionTerms terms, string givenBy, DateOnly versionLastDay)
    {
        RuleCheck.That(!HasActiveNotice, SigningRules.NoticeAlreadyGiven);
        RuleCheck.That(IsPartyOn(today) && EndsOn is null, SigningRules.NoticeNotAParty);
        NoticeGivenOn = today;
        NoticeGivenBy = givenBy;
        NoticeWithdrawnAt = null;
        EndsOn = AgreementVersion.NoticeEndDate(terms, today, versionLastDay);
        EndReason = PartyEnd.Notice;
    }

    public void WithdrawNotice(DateOnly today, DateTime now)
    {
        RuleCheck.That(HasActiveNotice, SigningRules.NoNotice);
        RuleCheck.That(today <= EndsOn, SigningRules.NoticeInEffect);
        EndsOn = null;
        EndReason = null;
        NoticeWithdrawnAt = now;
    }

    /// <summary>The version ended on <paramref name="lastDay"/>: no one is a party after it, whatever their own end date was.</summary>
    public void EndWithVersion(DateOnly lastDay)
    {
        if (JoinedOn is null || EndsOn <= lastDay) return;
        EndsOn = lastDay;
        EndReason = PartyEnd.VersionEnded;
    }

    /// <summary>A party leaves other than by notice (it ceases, merges, or never joined in time): its last day is recorded.</summary>
    public void Leave(DateOnly lastDay)
    {
        RuleCheck.That(EndsOn is null, SigningRules.AlreadyEnding);
        RuleCheck.That(JoinedOn is not { } joined || lastDay >= joined.AddDays(-1), SigningRules.LeavingBeforeJoining);
        EndsOn = lastDay;
        EndReason = PartyEnd.Leaving;
    }
}
