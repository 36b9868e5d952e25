using System.Globalization;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Agreements;

public enum DecisionStatus
{
    Pending,
    Approved,
    Rejected,
    /// <summary>The party's organ did not decide in time for this version.</summary>
    NotInTime,
    /// <summary>
    /// The organ handled the matter, but the record (a seed document) does not say how it decided: the seeds give
    /// "käsitelty" for Sulkava's 4.4.2022 meeting and the county's 24.11.2025 § 66 (decision 0041). Not an approval:
    /// a party whose decision is only processed cannot sign.
    /// </summary>
    Processed,
}

/// <summary>A party's decision on a version, as its organ's minutes record it (seed 002).</summary>
public sealed class PartyDecision
{
    private PartyDecision() { }
    public PartyDecision(Guid id, Guid partyId) { Id = id; PartyId = partyId; }

    public Guid Id { get; private set; }
    public Guid PartyId { get; private set; }
    /// <summary>The deciding organ, e.g. "Vapaa-aika- ja sivistyslautakunta" (VAPSILTK).</summary>
    public string Organ { get; private set; } = "";
    public DateOnly MeetingDate { get; private set; }
    /// <summary>The § number in the organ's minutes; unknown only for a decision a seed document names by date alone.</summary>
    public int? Section { get; private set; }
    /// <summary>The register (diary) number, e.g. 33/12.07.02/2022.</summary>
    public string? RegisterNumber { get; private set; }
    public string? Background { get; private set; }
    public string? Proposal { get; private set; }
    public string? Decision { get; private set; }
    public string? Preparer { get; private set; }
    public string? Presenter { get; private set; }
    /// <summary>The office-holder(s) the decision authorises to sign, as the decision words it.</summary>
    public string? AuthorisedToSign { get; private set; }
    public DecisionStatus Status { get; private set; }
    public DateTime RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public string? AttachmentFileName { get; private set; }
    public string? AttachmentSha256 { get; private set; }
    public long? AttachmentSize { get; private set; }

    /// <summary>How the decision is cited: organ, date and §, and the register number.</summary>
    public string Reference => $"{Organ} {MeetingDate.ToString("d.M.yyyy", CultureInfo.InvariantCulture)}" + (Section is null ? "" : $" § {Section}") +
        (RegisterNumber is null ? "" : $", {RegisterNumber}");

    public void Record(string organ, DateOnly meetingDate, int? section, string? registerNumber, string? background, string? proposal,
        string? decision, string? preparer, string? presenter, string? authorisedToSign, DecisionStatus status,
        DateOnly today, DateOnly? frozenOn, string recordedBy, DateTime now)
    {
        RuleCheck.That(meetingDate <= today, SigningRules.DecisionInFuture);
        RuleCheck.That(frozenOn is not { } frozen || meetingDate >= frozen, SigningRules.DecisionBeforeFreeze);
        Organ = organ; MeetingDate = meetingDate; Section = section; RegisterNumber = registerNumber; Background = background;
        Proposal = proposal; Decision = decision; Preparer = preparer; Presenter = presenter; AuthorisedToSign = authorisedToSign;
        Status = status; RecordedBy = recordedBy; RecordedAt = now;
    }

    public void Attach(string fileName, string sha256, long size)
    {
        AttachmentFileName = fileName; AttachmentSha256 = sha256; AttachmentSize = size;
    }
}
