using Perheverkko.Web.Platform.Tenancy;

namespace Perheverkko.Web.Features.Workforce;

/// <summary>
/// An organisation's insurance policy under which its volunteers act (001 §17: the organisation insures its volunteers;
/// §20: each party insures its own staff and participants). A volunteer's insurance lapses when the policy's
/// <see cref="ValidUntil"/> passes.
/// </summary>
public sealed class InsurancePolicy : IRegionOwned
{
    public const int InsurerMaxLength = 200;
    public const int NumberMaxLength = 100;

    private InsurancePolicy() { }

    public InsurancePolicy(Guid id, Guid regionId, Guid organisationId, string insurer, string policyNumber, DateOnly validUntil, DateTime now)
    {
        Id = id; RegionId = regionId; OrganisationId = organisationId; CreatedAt = now;
        Change(insurer, policyNumber, validUntil, now);
    }

    public Guid Id { get; private set; }
    public Guid RegionId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public string Insurer { get; private set; } = "";
    public string PolicyNumber { get; private set; } = "";
    /// <summary>The last day the policy covers.</summary>
    public DateOnly ValidUntil { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    public bool IsValidOn(DateOnly day) => day <= ValidUntil;

    public void Change(string insurer, string policyNumber, DateOnly validUntil, DateTime now)
    {
        Insurer = insurer; PolicyNumber = policyNumber; ValidUntil = validUntil; UpdatedAt = now;
    }
}
