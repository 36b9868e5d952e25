using Microsoft.AspNetCore.Identity;
using Perheverkko.Web.Platform.Privacy;

namespace Perheverkko.Web.Platform.Access;

/// <summary>What a staff account stores about its holder (the privacy notice, decision 0031).</summary>
public sealed class StaffPersonalData : IPersonalDataRegister
{
    public IEnumerable<PersonalDataCategory> Categories { get; } =
    [
        new("staff-accounts", [DataSubject.Staff],
        [
            new(typeof(StaffUser), nameof(StaffUser.DisplayName), "name"),
            new(typeof(StaffUser), nameof(StaffUser.Email), "email"),
            new(typeof(StaffUser), nameof(StaffUser.NormalizedEmail), "email"),
            new(typeof(StaffUser), nameof(StaffUser.UserName), "email"),
            new(typeof(StaffUser), nameof(StaffUser.NormalizedUserName), "email"),
            new(typeof(StaffUser), nameof(StaffUser.PhoneNumber), "phone"),
            new(typeof(StaffUser), nameof(StaffUser.Role), "role"),
            new(typeof(StaffUser), nameof(StaffUser.OrganisationId), "organisation"),
            new(typeof(StaffUser), nameof(StaffUser.Language), "language"),
            new(typeof(StaffUser), nameof(StaffUser.PasswordHash), "password_hash"),
            new(typeof(StaffUser), nameof(StaffUser.TwoFactorEnabled), "second_factor"),
            // The authenticator key of the second factor is an Identity user token.
            new(typeof(IdentityUserToken<Guid>), nameof(IdentityUserToken<Guid>.Value), "second_factor"),
            new(typeof(IdentityUserLogin<Guid>), nameof(IdentityUserLogin<Guid>.ProviderKey), "external_identity"),
            new(typeof(IdentityUserLogin<Guid>), nameof(IdentityUserLogin<Guid>.ProviderDisplayName), "external_identity"),
            new(typeof(StaffUser), nameof(StaffUser.CreatedAt), "times"),
            new(typeof(AccessToken), nameof(AccessToken.Name), "access_tokens"),
            new(typeof(AccessToken), nameof(AccessToken.Hash), "access_tokens"),
            new(typeof(AccessToken), nameof(AccessToken.LastUsedAt), "access_tokens"),
        ],
        LegalBasis.PublicTask, RetentionEnforcedBy: null, EncryptedAtRest: false),
    ];
}
