using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Accounts;

public static class AccountRules
{
    public static readonly Rule EmailTaken = new("user.email_taken", "An account with this e-mail already exists.", RuleKind.Conflict);
    public static readonly Rule OrganisationRequired = new("user.organisation_required", "Representatives and professionals belong to an organisation.");
    public static readonly Rule OrganisationNotFound = new("user.organisation_not_found", "No such organisation.", RuleKind.NotFound);
    public static readonly Rule UserNotFound = new("user.not_found", "No such account.", RuleKind.NotFound);
    public static readonly Rule TokenNotFound = new("token.not_found", "No such token.", RuleKind.NotFound);
    public static readonly Rule TooManyTokens = new("token.limit", "At most 20 active tokens per person. Revoke one first.");
    public static readonly Rule TokenLifetimeTooLong = new("token.lifetime_too_long", "A token lives at most 365 days.", Field: "expiresInDays");
    public static readonly Rule ProofWrong = new("account.proof_wrong", "The current password or code is wrong.", Field: "current");
    public static readonly Rule EmailLinkInvalid = new("account.email_link_invalid", "The confirmation link is not valid for your account: it has expired, or it was sent to another address. Ask for a new one.");
    public static readonly Rule ResetLinkInvalid = new("account.reset_link_invalid", "The link has expired or has already been used. Ask for a new one.");
}
